import {
  appendEvents,
  coursesOfItems,
  type Db,
  eventsOfLearner,
  learnerKey,
  lockEnrollmentsOfItems,
  type NewProgressEvent,
  outlineKey,
  ownersOf,
  publishedOutlines,
  storedEventsWithIds,
} from '@gorod/db';
import { type EventResult, judgeEvents, type LearnerEvent, type Outline, type ProgressEvent, type ProgressRecordResult, type UnlockRule } from '@gorod/domain';

/**
 * `progress.record`: a learner's batch judged and appended in the caller's transaction, in a constant
 * number of statements whatever its size (≤ 500): the learner's enrolments in the items' courses
 * (locked, so two batches of one learner queue), for a course where the batch touches a module whose
 * lock depends on progress the learner's history there and attendance, one insert, and only when needed
 * one read of the versions' outlines (kept in memory once read: a published outline never changes), one
 * look-up of the courses of items outside the enrolled outlines, one of rejected events' ids among the
 * stored ones, and one read of the owners of ids found taken. A fresh batch in modules the clock opens
 * is two statements: the lock and the insert.
 *
 * Exact when the same batch arrives twice at once: the second waits on the enrolment lock (PostgreSQL)
 * or the writer lock (SQLite) and then finds the first's events stored — in the history it judges by,
 * or as the insert's conflicts —, so it answers `duplicate`. The primary key decides whatever the judge
 * did not see: the insert does nothing and the stored row's owner tells `duplicate` (the caller's) from
 * `id_in_use` (someone else's).
 */
export async function recordProgress(db: Db, userId: string, batch: readonly LearnerEvent[], now: Date): Promise<ProgressRecordResult> {
  const enrolled = await lockEnrollmentsOfItems(
    db,
    userId,
    batch.map((e) => e.itemId),
  );
  const outlines = await publishedOutlines(db, enrolled);
  const enrolledOutlines = new Map(enrolled.map((e) => [e.courseId, outlines.get(outlineKey(e.courseId, e.version)) ?? { modules: [] }]));

  // An item's course is the enrolled outline that holds it; only the others need looking up (to tell
  // an item of a course the learner is not enrolled in from one that does not exist).
  const places = new Map<string, { courseId: string; rule: UnlockRule }>();
  for (const [courseId, outline] of enrolledOutlines) for (const module of outline.modules) for (const item of module.items) places.set(item.id, { courseId, rule: module.unlock });
  const itemCourses = await coursesOfItems(db, [...new Set(batch.filter((e) => !places.has(e.itemId)).map((e) => e.itemId))]);
  for (const [itemId, place] of places) itemCourses.set(itemId, place.courseId);

  const verdicts = new Map<LearnerEvent, EventResult>();
  const byCourse = new Map<string, LearnerEvent[]>();
  const needHistory = new Set<string>();
  for (const event of batch) {
    const courseId = itemCourses.get(event.itemId);
    if (courseId === undefined) verdicts.set(event, { id: event.id, status: 'rejected', reason: 'unknown_item' });
    else {
      const list = byCourse.get(courseId) ?? [];
      list.push(event);
      byCourse.set(courseId, list);
      const rule = places.get(event.itemId)?.rule;
      if (rule && !clockOnlyRules.has(rule.kind)) needHistory.add(courseId);
    }
  }
  const history = await eventsOfLearner(db, userId, [...needHistory]);

  // Each course's events are judged together, in the order sent, against that course's state. Where
  // only the clock opens modules, the state needs none of the stored events: a retried event is judged
  // as new and the insert's conflict tells it apart below.
  const judgedWithoutHistory: LearnerEvent[] = [];
  for (const [courseId, courseBatch] of byCourse) {
    const outline: Outline | undefined = enrolledOutlines.get(courseId);
    const withHistory = needHistory.has(courseId);
    const stored: readonly ProgressEvent[] = (withHistory ? history.get(learnerKey(courseId, userId)) : undefined) ?? [];
    const results = judgeEvents({ outline: outline ?? { modules: [] }, stored, batch: courseBatch, now, enrolled: outline !== undefined });
    for (const [i, event] of courseBatch.entries()) {
      verdicts.set(event, results[i]!);
      if (outline !== undefined && !withHistory) judgedWithoutHistory.push(event);
    }
  }
  // A retry is a duplicate even if it would now be rejected (its item gone or its module locked by a
  // newer version): the rare rejections judged without history are looked up, in one statement.
  const rejectedRetries = judgedWithoutHistory.filter((e) => verdicts.get(e)?.status === 'rejected');
  const retried = await storedEventsWithIds(
    db,
    userId,
    rejectedRetries.map((e) => e.id),
  );
  for (const event of rejectedRetries) {
    const stored = retried.get(learnerKey(itemCourses.get(event.itemId)!, userId));
    if (stored?.some((s) => s.id === event.id)) verdicts.set(event, { id: event.id, status: 'duplicate' });
  }

  // One id accepted for two courses' items in one batch: the first in the batch is the event, the rest repeat it.
  const accepted: NewProgressEvent[] = [];
  const acceptedIds = new Set<string>();
  for (const event of batch) {
    if (verdicts.get(event)?.status !== 'accepted') continue;
    if (acceptedIds.has(event.id)) verdicts.set(event, { id: event.id, status: 'duplicate' });
    else {
      acceptedIds.add(event.id);
      accepted.push({ event, userId, courseId: itemCourses.get(event.itemId)! });
    }
  }
  const inserted = await appendEvents(db, accepted, now);
  const taken = accepted.filter((a) => !inserted.has(a.event.id)).map((a) => a.event.id);
  const owners = await ownersOf(db, taken);
  return {
    results: batch.map((event): EventResult => {
      const verdict = verdicts.get(event)!;
      if (verdict.status !== 'accepted' || inserted.has(event.id)) return verdict;
      return owners.get(event.id) === userId ? { id: event.id, status: 'duplicate' } : { id: event.id, status: 'rejected', reason: 'id_in_use' };
    }),
  };
}

/**
 * Unlock rules that read only the clock: whether a module under one is open does not depend on the
 * learner's events, so judging events in it needs only the stored events with the batch's ids (to
 * answer a retry `duplicate`), not the whole history. Any other rule (and any rule added later) needs it.
 */
const clockOnlyRules: ReadonlySet<UnlockRule['kind']> = new Set(['always', 'from_date']);
