import { z } from 'zod';
import { CityIdSchema } from '../cities/schemas.js';
import { UserIdSchema } from '../people/schemas.js';
import { ProgramIdSchema } from './ids.js';
import { LocalizedTextSchema, localizedTextInput } from './localized-text.js';

const PhotoUrlSchema = z.url({ protocol: /^https$/ }).max(2000);

/** Someone who speaks at sessions. Text is localized; the city is a directory city when there is one. */
export const SpeakerSchema = z.strictObject({
  id: ProgramIdSchema,
  editionId: z.string().min(1),
  name: LocalizedTextSchema,
  position: LocalizedTextSchema.nullable(),
  organisation: LocalizedTextSchema.nullable(),
  cityId: z.string().min(1).nullable(),
  bio: LocalizedTextSchema.nullable(),
  photoUrl: z.string().nullable(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

const speakerFields = {
  name: localizedTextInput({ max: 200 }),
  position: localizedTextInput({ max: 300 }).nullable(),
  organisation: localizedTextInput({ max: 300 }).nullable(),
  cityId: CityIdSchema.nullable(),
  bio: localizedTextInput({ max: 4000, multiline: true }).nullable(),
  photoUrl: PhotoUrlSchema.nullable(),
  /** The person account of whoever speaks (one speaker per person in an edition): they read their sessions' feedback. */
  userId: UserIdSchema.nullable(),
};

export const SpeakerCreateInputSchema = z.strictObject({
  editionId: ProgramIdSchema,
  ...speakerFields,
  position: speakerFields.position.default(null),
  organisation: speakerFields.organisation.default(null),
  cityId: speakerFields.cityId.default(null),
  bio: speakerFields.bio.default(null),
  photoUrl: speakerFields.photoUrl.default(null),
  userId: speakerFields.userId.default(null),
});
export type SpeakerCreateInput = z.infer<typeof SpeakerCreateInputSchema>;

export const SpeakerUpdateInputSchema = z.strictObject({
  id: ProgramIdSchema,
  name: speakerFields.name.optional(),
  position: speakerFields.position.optional(),
  organisation: speakerFields.organisation.optional(),
  cityId: speakerFields.cityId.optional(),
  bio: speakerFields.bio.optional(),
  photoUrl: speakerFields.photoUrl.optional(),
  userId: speakerFields.userId.optional(),
});
export type SpeakerUpdateInput = z.infer<typeof SpeakerUpdateInputSchema>;

/**
 * A speaker's link to a person account, for organizers (the public `Speaker` carries no account): who is
 * linked, by name and email, so the editor shows and changes the link.
 */
export interface SpeakerAccount {
  speakerId: string;
  user: { id: string; name: string; email: string };
}
