import { z } from 'zod';
import { text } from '../text.js';

/** A course's address in the portal and in `courses.get({ slug })`: lower-case latin, digits and dashes. */
export const CourseSlugSchema = text({
  min: 3,
  max: 80,
  pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'Use lower-case latin letters, digits and dashes' },
});
export type CourseSlug = z.infer<typeof CourseSlugSchema>;

/**
 * Ids of course records (courses, modules, items, cohorts, enrollments, uploads): UUIDs made where the
 * record is made (uuid v7 in the portal and on the server), or readable slugs for seeded ones.
 */
export const CourseRecordIdSchema = text({
  min: 1,
  max: 64,
  pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'Use an id of lower-case letters, digits and dashes' },
});
export type CourseRecordId = z.infer<typeof CourseRecordIdSchema>;

/** A client-made progress event id: a UUID of version 7 (time-ordered), the event's idempotency key. */
export const EventIdSchema = text({
  min: 36,
  max: 36,
  pattern: {
    regex: /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    message: 'Use a lower-case UUID of version 7',
  },
});
export type EventId = z.infer<typeof EventIdSchema>;

export const CourseIdInputSchema = z.strictObject({ courseId: CourseRecordIdSchema });
export type CourseIdInput = z.infer<typeof CourseIdInputSchema>;
