import { z } from 'zod';
import { LocaleSchema } from '../locale.js';
import { type LocalizedText, localizedTextInput } from '../program/localized-text.js';
import { text } from '../text.js';
import { CourseRecordIdSchema, CourseSlugSchema } from './ids.js';
import { type Outline, OutlineSchema } from './outline.js';
import { CourseTopicSchema, type CourseTopic } from './topics.js';
import type { Locale } from '../locale.js';

/** `open`: anyone signed in enrols themself and the catalog lists it; `by_enrolment`: instructors and organizers enrol people. */
export const courseEnrolments = ['open', 'by_enrolment'] as const;
export const CourseEnrolmentSchema = z.enum(courseEnrolments);
export type CourseEnrolment = z.infer<typeof CourseEnrolmentSchema>;

/**
 * A version's life: one `draft` at a time is edited; publishing makes it `published` and immutable
 * (learners who started an older published version stay on it until they move); archiving the course
 * makes every version `archived` (read-only for those enrolled, gone from the catalog).
 */
export const courseVersionStatuses = ['draft', 'published', 'archived'] as const;
export const CourseVersionStatusSchema = z.enum(courseVersionStatuses);
export type CourseVersionStatus = z.infer<typeof CourseVersionStatusSchema>;

/** A course as stored: its owner and co-instructors own it together. */
export interface Course {
  id: string;
  slug: string;
  title: LocalizedText;
  description: LocalizedText | null;
  topic: CourseTopic;
  languages: Locale[];
  enrolment: CourseEnrolment;
  ownerId: string;
  instructorIds: string[];
  createdAt: string;
  archivedAt: string | null;
  /** The newest published version's number, or null while nothing was published. */
  publishedVersion: number | null;
}

export interface CourseVersion {
  courseId: string;
  number: number;
  status: CourseVersionStatus;
  outline: Outline;
  /** Rises on every saved change of a draft; a save naming an older revision is refused (CONFLICT). */
  revision: number;
  createdAt: string;
  publishedAt: string | null;
}

const courseFields = {
  title: localizedTextInput({ max: 300 }),
  description: localizedTextInput({ max: 8000, multiline: true }).nullable(),
  topic: CourseTopicSchema,
  languages: z
    .array(LocaleSchema)
    .min(1)
    .max(3)
    .refine((l) => new Set(l).size === l.length, { message: 'List each language once' }),
  enrolment: CourseEnrolmentSchema,
};

export const CourseCreateInputSchema = z.strictObject({
  slug: CourseSlugSchema,
  ...courseFields,
  description: courseFields.description.default(null),
  languages: courseFields.languages.default(['ru']),
  enrolment: courseFields.enrolment.default('open'),
});
export type CourseCreateInput = z.input<typeof CourseCreateInputSchema>;

/** Changes to a course's card; absent fields stay. The slug is its address and does not change. */
export const CourseUpdateInputSchema = z.strictObject({
  courseId: CourseRecordIdSchema,
  title: courseFields.title.optional(),
  description: courseFields.description.optional(),
  topic: courseFields.topic.optional(),
  languages: courseFields.languages.optional(),
  enrolment: courseFields.enrolment.optional(),
});
export type CourseUpdateInput = z.input<typeof CourseUpdateInputSchema>;

export const CourseSetInstructorsInputSchema = z.strictObject({
  courseId: CourseRecordIdSchema,
  instructorIds: z
    .array(text({ min: 1, max: 64 }))
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'List each person once' }),
});

/** Saves the whole draft outline (reordering is saving the new order), naming the revision it was based on. */
export const DraftSaveInputSchema = z.strictObject({
  courseId: CourseRecordIdSchema,
  revision: z.number().int().min(0),
  outline: OutlineSchema,
});
export type DraftSaveInput = z.input<typeof DraftSaveInputSchema>;

export const CourseVersionInputSchema = z.strictObject({ courseId: CourseRecordIdSchema, number: z.number().int().min(1) });

export const CatalogInputSchema = z
  .strictObject({
    topic: CourseTopicSchema.optional(),
    search: text({ max: 100 }).optional(),
    language: LocaleSchema.optional(),
  })
  .default({});
export type CatalogInput = z.input<typeof CatalogInputSchema>;

/** `version` reads an older published version (for a learner still on it); absent: the newest published. */
export const CourseGetInputSchema = z.strictObject({ slug: CourseSlugSchema, version: z.number().int().min(1).optional() });
export type CourseGetInput = z.input<typeof CourseGetInputSchema>;
