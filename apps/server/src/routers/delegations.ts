import { editionExists, listDelegations } from '@gorod/db';
import { type Delegation, DelegationListInputSchema, GorodError, issue } from '@gorod/domain';
import { publicProcedure, router } from '../trpc.js';

export const delegationsRouter = router({
  /** The delegations of an edition, largest first; `cityId` narrows to one city's. Public. */
  list: publicProcedure.input(DelegationListInputSchema).query(async ({ ctx, input }): Promise<Delegation[]> => {
    if (!(await editionExists(ctx.db, input.editionId))) {
      throw new GorodError('NOT_FOUND', 'No forum edition with this id', [
        issue(['editionId'], 'not_found', 'No forum edition with this id'),
      ]);
    }
    return listDelegations(ctx.db, input);
  }),
});
