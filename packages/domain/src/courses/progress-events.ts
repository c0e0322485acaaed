import { z } from 'zod';
import { InstantSchema } from '../program/ids.js';
import { CourseRecordIdSchema, EventIdSchema } from './ids.js';

/** What every progress event carries: its client-made id (the idempotency key), the item and when. */
const eventBase = { id: EventIdSchema, itemId: CourseRecordIdSchema, at: InstantSchema };

const ItemOpenedSchema = z.strictObject({ ...eventBase, kind: z.literal('item.opened') });
const ItemCompletedSchema = z.strictObject({ ...eventBase, kind: z.literal('item.completed') });
/** The share of a video watched so far: what was played over its length (skipping ahead is not watching). */
const VideoProgressSchema = z.strictObject({ ...eventBase, kind: z.literal('video.progress'), fraction: z.number().min(0).max(1) });
/** Made by the server from the door's check-in; a learner cannot record it. */
const ClassAttendedSchema = z.strictObject({ ...eventBase, kind: z.literal('class.attended') });

/** An event as a learner's device records it (`progress.record`). */
export const LearnerEventSchema = z.discriminatedUnion('kind', [ItemOpenedSchema, ItemCompletedSchema, VideoProgressSchema]);
export type LearnerEvent = z.infer<typeof LearnerEventSchema>;

/** Every event of the log, including those the server makes. */
export const ProgressEventSchema = z.discriminatedUnion('kind', [ItemOpenedSchema, ItemCompletedSchema, VideoProgressSchema, ClassAttendedSchema]);
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;
export type ProgressEventKind = ProgressEvent['kind'];
export const progressEventKinds = ['item.opened', 'item.completed', 'video.progress', 'class.attended'] as const satisfies readonly ProgressEventKind[];

/** How many events one `progress.record` call takes. */
export const maxEventsPerBatch = 500;

/** How far ahead of the server's clock an event's `at` may be (a phone's clock drifts). */
export const allowedClockSkewMs = 5 * 60 * 1000;

export const ProgressRecordInputSchema = z.strictObject({
  events: z.array(LearnerEventSchema).min(1).max(maxEventsPerBatch),
});
export type ProgressRecordInput = z.input<typeof ProgressRecordInputSchema>;

/**
 * Why an event was not applied: `not_enrolled` (no active enrolment in the item's course), `unknown_item`
 * (no such item in the learner's version), `locked_module` (its module is not open to the learner yet),
 * `from_the_future` (`at` is after the server's clock plus `allowedClockSkewMs`), `wrong_event_for_item`
 * (e.g. `video.progress` for an article), `id_in_use` (another person's event has this id).
 */
export const eventRejectionReasons = ['not_enrolled', 'unknown_item', 'locked_module', 'from_the_future', 'wrong_event_for_item', 'id_in_use'] as const;
export type EventRejectionReason = (typeof eventRejectionReasons)[number];

/**
 * The answer for one event, in the order sent. `duplicate`: an event with this id was already applied
 * (in an earlier call, or earlier in the same batch), so nothing changed — a retry is always safe.
 */
export type EventResult =
  | { id: string; status: 'accepted' }
  | { id: string; status: 'duplicate' }
  | { id: string; status: 'rejected'; reason: EventRejectionReason };

export interface ProgressRecordResult {
  results: EventResult[];
}
