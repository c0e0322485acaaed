import { editionExists, listDelegations, listPartnerCities } from '@gorod/db';
import {
  type Delegation,
  DelegationListInputSchema,
  GorodError,
  issue,
  type PartnerCity,
  PartnerListInputSchema,
} from '@gorod/domain';
import type { Context } from '../context.js';
import { publicProcedure, router } from '../trpc.js';

async function requireEdition(ctx: Pick<Context, 'db'>, editionId: string): Promise<void> {
  if (!(await editionExists(ctx.db, editionId))) {
    throw new GorodError('NOT_FOUND', 'No forum edition with this id', [
      issue(['editionId'], 'not_found', 'No forum edition with this id'),
    ]);
  }
}

export const delegationsRouter = router({
  /** The delegations of an edition, largest first; `cityId` narrows to one city's. Public. */
  list: publicProcedure.input(DelegationListInputSchema).query(async ({ ctx, input }): Promise<Delegation[]> => {
    await requireEdition(ctx, input.editionId);
    return listDelegations(ctx.db, input);
  }),
  /** The edition's partner cities (abroad, seen from the venue) with their region and delegation. Public. */
  partners: publicProcedure.input(PartnerListInputSchema).query(async ({ ctx, input }): Promise<PartnerCity[]> => {
    await requireEdition(ctx, input.editionId);
    return listPartnerCities(ctx.db, input.editionId);
  }),
});
