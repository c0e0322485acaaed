import { deriveProgress, eventFitsItem } from './derive-progress.js';
import type { Item } from './items/index.js';
import type { Outline } from './outline.js';
import { allowedClockSkewMs, type EventRejectionReason, type EventResult, LearnerEventSchema, type ProgressEvent } from './progress-events.js';
import type { CourseProgress } from './progress-state.js';

/** The event kinds a learner's device may record; the rest (attendance) only the server makes. */
const learnerEventKinds: ReadonlySet<string> = new Set(LearnerEventSchema.options.map((option) => option.shape.kind.value));

export interface JudgeEventsInput {
  /** The outline of the version the learner is enrolled in. */
  outline: Outline;
  /** The learner's events already stored for this course (including attendance made from check-ins). */
  stored: readonly ProgressEvent[];
  /** The batch sent to `progress.record`, in the order sent. */
  batch: readonly ProgressEvent[];
  now: Date | string;
  /** Whether the learner has an active enrolment in the course. */
  enrolled: boolean;
}

/**
 * What `progress.record` answers for each event of a batch, in order, before anything is written.
 * `duplicate` comes first after enrolment: an id already stored, or accepted earlier in this batch, is a
 * duplicate even if the event would now be rejected (its module locked again by a new version, its item
 * gone), so a retry is always safe. A repeat of an event rejected earlier in the batch is judged again on
 * its own (it was never applied). Then `unknown_item`, `wrong_event_for_item`, `from_the_future`, and
 * `locked_module` against the state derived from the stored events plus this batch's accepted ones — so
 * completing module 1 and opening module 2 may arrive in one offline batch. Another person's event id
 * (`id_in_use`) is for the database to tell.
 */
export function judgeEvents({ outline, stored, batch, now, enrolled }: JudgeEventsInput): EventResult[] {
  if (!enrolled) return batch.map((event) => rejected(event, 'not_enrolled'));

  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime();
  const places = new Map<string, { item: Item; moduleId: string }>();
  for (const module of outline.modules) for (const item of module.items) places.set(item.id, { item, moduleId: module.id });

  const applied = new Set(stored.map((event) => event.id));
  const accepted: ProgressEvent[] = [];
  // Derived lazily and again only when a locked module is asked about after new acceptances: opening
  // only grows as events are added, so a module open in an older state is open in the newer one.
  let state: CourseProgress | null = null;
  let stateCovers = -1;
  const moduleOpen = (moduleId: string): boolean => {
    const open = () => state?.modules.find((module) => module.moduleId === moduleId)?.unlocked === true;
    if (state !== null && (open() || stateCovers === accepted.length)) return open();
    state = deriveProgress(outline, [...stored, ...accepted], now);
    stateCovers = accepted.length;
    return open();
  };

  return batch.map((event): EventResult => {
    if (applied.has(event.id)) return { id: event.id, status: 'duplicate' };
    const place = places.get(event.itemId);
    if (!place) return rejected(event, 'unknown_item');
    if (!learnerEventKinds.has(event.kind) || !eventFitsItem(place.item, event)) return rejected(event, 'wrong_event_for_item');
    if (Date.parse(event.at) > nowMs + allowedClockSkewMs) return rejected(event, 'from_the_future');
    if (!moduleOpen(place.moduleId)) return rejected(event, 'locked_module');
    applied.add(event.id);
    accepted.push(event);
    return { id: event.id, status: 'accepted' };
  });
}

function rejected(event: ProgressEvent, reason: EventRejectionReason): EventResult {
  return { id: event.id, status: 'rejected', reason };
}
