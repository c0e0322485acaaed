import { z } from 'zod';
import { text } from '../text.js';
import { ProgramIdSchema } from './ids.js';

export const RatingSchema = z.number().int().min(1).max(5);

/** An attendee's rating of a session, once per person (editable), with an optional comment. */
export const FeedbackSchema = z.strictObject({
  sessionId: z.string().min(1),
  userId: z.string().min(1),
  rating: RatingSchema,
  comment: z.string().nullable(),
  updatedAt: z.string(),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

export const FeedbackInputSchema = z.strictObject({
  sessionId: ProgramIdSchema,
  rating: RatingSchema,
  comment: text({ max: 2000, multiline: true }).optional(),
});
export type FeedbackInput = z.infer<typeof FeedbackInputSchema>;

/** How many ratings of each value, 1 to 5: what speakers see, without who gave them. */
export type RatingDistribution = Record<1 | 2 | 3 | 4 | 5, number>;

export function ratingDistribution(ratings: readonly number[]): RatingDistribution {
  const distribution: RatingDistribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const rating of ratings) if (rating === 1 || rating === 2 || rating === 3 || rating === 4 || rating === 5) distribution[rating] += 1;
  return distribution;
}
