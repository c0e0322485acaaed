import { type Db, editionExists, listDelegations, listPartnerCities } from '@gorod/db';
import {
  type Delegation,
  DelegationListInputSchema,
  notFound,
  type PartnerCity,
  PartnerListInputSchema,
} from '@gorod/domain';
import { publicProcedure, router } from '../trpc.js';

/** NOT_FOUND naming `editionId` unless the edition exists. */
async function requireEdition(db: Db, editionId: string): Promise<void> {
  if (!(await editionExists(db, editionId))) {
    throw notFound('forum edition', ['editionId']);
  }
}

export const delegationsRouter = router({
  /** The delegations of an edition, largest first; `cityId` narrows to one city's. Public. */
  list: publicProcedure.input(DelegationListInputSchema).query(async ({ ctx, input }): Promise<Delegation[]> => {
    await requireEdition(ctx.db, input.editionId);
    return listDelegations(ctx.db, input);
  }),
  /** The edition's partner cities (abroad, seen from the venue) with their region and delegation. Public. */
  partners: publicProcedure.input(PartnerListInputSchema).query(async ({ ctx, input }): Promise<PartnerCity[]> => {
    await requireEdition(ctx.db, input.editionId);
    return listPartnerCities(ctx.db, input.editionId);
  }),
});
