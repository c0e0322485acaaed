import { listEditions } from '@gorod/db';
import { type ForumEdition, GorodError, pickCurrentEdition } from '@gorod/domain';
import { publicProcedure, router } from '../trpc.js';

export const editionsRouter = router({
  /** The edition under way, else the next, else the latest. Public. */
  current: publicProcedure.query(async ({ ctx }): Promise<ForumEdition> => {
    const edition = pickCurrentEdition(await listEditions(ctx.db), ctx.now());
    if (!edition) throw new GorodError('NOT_FOUND', 'No forum edition has been announced yet');
    return edition;
  }),
});
