import { z } from 'zod';
import { ProgramIdSchema } from './ids.js';
import { LocalizedTextSchema, localizedTextInput } from './localized-text.js';

/** A topic of the program (small towns, tourism, …) that sessions belong to. */
export const TrackSchema = z.strictObject({
  id: ProgramIdSchema,
  editionId: z.string().min(1),
  name: LocalizedTextSchema,
});
export type Track = z.infer<typeof TrackSchema>;

export const TrackCreateInputSchema = z.strictObject({
  editionId: ProgramIdSchema,
  name: localizedTextInput({ max: 200 }),
});
export type TrackCreateInput = z.infer<typeof TrackCreateInputSchema>;

export const TrackUpdateInputSchema = z.strictObject({
  id: ProgramIdSchema,
  name: localizedTextInput({ max: 200 }),
});
export type TrackUpdateInput = z.infer<typeof TrackUpdateInputSchema>;
