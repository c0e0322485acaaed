import { attended, feedbackComments, feedbackDistribution, submitFeedback } from '@gorod/db';
import { FeedbackInputSchema, GorodError, issue, type RatingDistribution, SessionIdInputSchema } from '@gorod/domain';
import { feedbackReaderProcedure, signedInSessionProcedure } from '../procedures/program.js';
import { router } from '../trpc.js';

export interface FeedbackSummary {
  sessionId: string;
  count: number;
  distribution: RatingDistribution;
  /** The comments, newest first, without who wrote them. */
  comments: string[];
}

export const feedbackRouter = router({
  /**
   * Rates a session 1–5 with an optional comment: only someone checked in at it, once it has started.
   * Submitting again edits the same feedback (one per person).
   */
  submit: signedInSessionProcedure(FeedbackInputSchema).mutation(async ({ ctx, input }): Promise<{ saved: true }> => {
    const session = ctx.programSession;
    if (ctx.now().toISOString() < session.startsAt) {
      const message = 'Feedback opens when the session starts';
      throw new GorodError('CONFLICT', message, [issue(['sessionId'], 'not_started', message)]);
    }
    if (!(await attended(ctx.db, session.id, ctx.actor.userId))) {
      throw new GorodError('FORBIDDEN', 'Only people checked in at the session can rate it');
    }
    await submitFeedback(ctx.db, { sessionId: session.id, userId: ctx.actor.userId, rating: input.rating, comment: input.comment ?? null }, ctx.now());
    return { saved: true };
  }),

  /**
   * How a session was rated and what was said, never by whom: organizers and the session's speakers
   * (through the person accounts organizers linked them to). No name or id of a rater is in it.
   */
  summary: feedbackReaderProcedure(SessionIdInputSchema).query(async ({ ctx }): Promise<FeedbackSummary> => {
    const [distribution, comments] = await Promise.all([feedbackDistribution(ctx.db, ctx.programSession.id), feedbackComments(ctx.db, ctx.programSession.id)]);
    const count = Object.values(distribution).reduce((a, b) => a + b, 0);
    return { sessionId: ctx.programSession.id, count, distribution, comments };
  }),
});
