import { type Feedback, type RatingDistribution, ratingDistribution } from '@gorod/domain';
import type { Db } from '../create-db.js';

/** Saves a person's feedback on a session: the first time inserts, later times edit it (one per person). */
export async function submitFeedback(db: Db, feedback: { sessionId: string; userId: string; rating: number; comment: string | null }, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('feedback')
    .values({ session_id: feedback.sessionId, user_id: feedback.userId, rating: feedback.rating, comment: feedback.comment, created_at: at, updated_at: at })
    .onConflict((oc) => oc.columns(['session_id', 'user_id']).doUpdateSet({ rating: feedback.rating, comment: feedback.comment, updated_at: at }))
    .execute();
}

export async function feedbackOf(db: Db, sessionId: string, userId: string): Promise<Feedback | undefined> {
  const row = await db
    .selectFrom('feedback')
    .select(['session_id', 'user_id', 'rating', 'comment', 'updated_at'])
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && { sessionId: row.session_id, userId: row.user_id, rating: row.rating, comment: row.comment, updatedAt: row.updated_at };
}

/** How a session was rated, without who rated it: what speakers see. */
export async function feedbackDistribution(db: Db, sessionId: string): Promise<RatingDistribution> {
  const rows = await db.selectFrom('feedback').select('rating').where('session_id', '=', sessionId).execute();
  return ratingDistribution(rows.map((r) => r.rating));
}
