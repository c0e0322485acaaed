import { z } from 'zod';
import { ProgramIdSchema } from './ids.js';

/** A session a person starred to keep in their agenda without registering. */
export const StarSchema = z.strictObject({
  userId: z.string().min(1),
  sessionId: z.string().min(1),
  createdAt: z.string(),
});
export type Star = z.infer<typeof StarSchema>;

export const StarInputSchema = z.strictObject({ sessionId: ProgramIdSchema });
