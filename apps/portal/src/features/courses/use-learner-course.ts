import type { CourseView, ItemProgress } from '@gorod/sdk';
import { useCallback, useMemo } from 'react';
import { useMe } from '../../lib/use-me';
import { useMinuteClock } from '../../lib/use-minute-clock';
import { displayedProgress } from './derived-progress';
import { useCourse, useMyEnrollments, useMyProgress } from './queries';
import { type EventDraft, useProgressQueue } from './use-progress-queue';

/**
 * A course as one learner sees it: the version they are enrolled in (else the newest published), their
 * enrolment, and the progress to show — the server's plus the events still on the device, derived by
 * the SDK's `deriveProgress` — with `record` for the players.
 */
export function useLearnerCourse(slug: string) {
  const me = useMe();
  const signedIn = Boolean(me.data);
  const enrollments = useMyEnrollments({ enabled: signedIn });
  const mine = enrollments.data?.find((entry) => entry.course.slug === slug);
  const active = mine?.enrollment.status === 'active' ? mine : undefined;
  // Which version to read is known once we know whether (and in which version) the person is enrolled.
  const settled = !me.isPending && (!signedIn || !enrollments.isPending);
  const course = useCourse(slug, { version: active?.enrollment.version, enabled: settled });
  const courseId = active?.course.id;
  const server = useMyProgress(courseId, { enabled: courseId !== undefined });
  const queue = useProgressQueue();
  const now = useMinuteClock();

  const outline = course.data?.version.outline;
  const serverState = server.data?.progress;
  // A failed refetch keeps the last answer (and offline, queries wait rather than fail).
  const serverSettled = server.data !== undefined;
  const local = useMemo(
    () => [...queue.queued, ...queue.sent].filter((entry) => entry.courseId === courseId).map((entry) => entry.event),
    [queue.queued, queue.sent, courseId],
  );
  const progress = useMemo(
    () => (outline && courseId && serverSettled ? displayedProgress(outline, serverState, local, now) : undefined),
    [outline, courseId, serverSettled, serverState, local, now],
  );

  const { record: recordFor } = queue;
  const record = useCallback(
    (draft: EventDraft) => {
      if (!courseId) return Promise.resolve();
      return recordFor(courseId, draft);
    },
    [recordFor, courseId],
  );

  return { signedIn, enrollment: mine, active, course, progress, server, record };
}

/** An item's state by id, for the outline and the player. */
export function itemStates(progress: { modules: { items: ItemProgress[] }[] } | undefined): Map<string, ItemProgress> {
  return new Map(progress?.modules.flatMap((module) => module.items.map((item) => [item.itemId, item] as const)) ?? []);
}

/** Where an item is in the version: its module and its neighbours in reading order. */
export function locateItem(view: CourseView, itemId: string) {
  const all = view.version.outline.modules.flatMap((module) => module.items.map((item) => ({ module, item })));
  const index = all.findIndex((entry) => entry.item.id === itemId);
  if (index < 0) return undefined;
  return { ...all[index]!, previous: all[index - 1]?.item, next: all[index + 1]?.item };
}
