import { z } from 'zod';
import { ProgramIdSchema } from './ids.js';
import { LocalizedTextSchema, localizedTextInput } from './localized-text.js';

/** A hall of the venue: where sessions happen, and how many people it seats. */
export const RoomSchema = z.strictObject({
  id: ProgramIdSchema,
  editionId: z.string().min(1),
  name: LocalizedTextSchema,
  floor: z.number().int().min(-5).max(100),
  capacity: z.number().int().min(1).max(100_000),
});
export type Room = z.infer<typeof RoomSchema>;

export const RoomCreateInputSchema = z.strictObject({
  editionId: ProgramIdSchema,
  name: localizedTextInput({ max: 200 }),
  floor: z.number().int().min(-5).max(100),
  capacity: z.number().int().min(1).max(100_000),
});
export type RoomCreateInput = z.infer<typeof RoomCreateInputSchema>;

export const RoomUpdateInputSchema = z.strictObject({
  id: ProgramIdSchema,
  name: localizedTextInput({ max: 200 }).optional(),
  floor: z.number().int().min(-5).max(100).optional(),
  capacity: z.number().int().min(1).max(100_000).optional(),
});
export type RoomUpdateInput = z.infer<typeof RoomUpdateInputSchema>;
