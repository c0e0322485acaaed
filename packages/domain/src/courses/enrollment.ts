import { z } from 'zod';
import { text } from '../text.js';
import { EmailSchema } from '../people/email.js';
import { CourseRecordIdSchema } from './ids.js';

/** `withdrawn` keeps the enrolment and its events (history); enrolling again makes it active. */
export const enrollmentStatuses = ['active', 'withdrawn'] as const;
export type EnrollmentStatus = (typeof enrollmentStatuses)[number];

export interface Enrollment {
  id: string;
  courseId: string;
  userId: string;
  cohortId: string | null;
  /** The course version the learner studies (they move to a newer one when they choose). */
  version: number;
  status: EnrollmentStatus;
  enrolledAt: string;
  withdrawnAt: string | null;
}

/** A group of a course's learners followed together, e.g. «Форум 2026 — Уральский федеральный округ». */
export interface Cohort {
  id: string;
  courseId: string;
  name: string;
  createdAt: string;
}

export const CohortNameSchema = text({ min: 1, max: 200 });

export const CohortCreateInputSchema = z.strictObject({ courseId: CourseRecordIdSchema, name: CohortNameSchema });

/**
 * Enrols people in a course by instructors or organizers, into a cohort or none: by user id, by a
 * delegation of the current edition (its linked people), or from a list of emails. Exactly one of the three.
 */
export const EnrollmentAddInputSchema = z
  .strictObject({
    courseId: CourseRecordIdSchema,
    cohortId: CourseRecordIdSchema.nullable().default(null),
    userIds: z.array(text({ min: 1, max: 64 })).min(1).max(500).optional(),
    delegationId: text({ min: 1, max: 64 }).optional(),
    emails: z.array(EmailSchema).min(1).max(500).optional(),
  })
  .refine((i) => [i.userIds, i.delegationId, i.emails].filter((x) => x !== undefined).length === 1, {
    message: 'Name the people by userIds, delegationId or emails (one of them)',
    path: ['userIds'],
  });
export type EnrollmentAddInput = z.input<typeof EnrollmentAddInputSchema>;

export interface EnrollmentAddResult {
  /** Newly enrolled (or re-activated) people. */
  added: number;
  /** Already actively enrolled: moved to the named cohort, otherwise unchanged. */
  alreadyEnrolled: number;
  /** Emails (or ids) that match nobody who can be enrolled (unknown or deactivated). */
  unknown: string[];
}

export const EnrollmentRemoveInputSchema = z.strictObject({ courseId: CourseRecordIdSchema, userId: text({ min: 1, max: 64 }) });
