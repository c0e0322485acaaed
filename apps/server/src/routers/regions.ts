import { listRegions } from '@gorod/db';
import type { Region } from '@gorod/domain';
import { publicProcedure, router } from '../trpc.js';

export const regionsRouter = router({
  /** Every federal subject of Russia and every partner region, by id. Public. */
  list: publicProcedure.query(({ ctx }): Promise<Region[]> => listRegions(ctx.db)),
});
