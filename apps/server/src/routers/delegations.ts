import { type Db, editionExists, listDelegationDirectory, listDelegations, listPartnerCities } from '@gorod/db';
import {
  type Delegation,
  DelegationDirectoryInputSchema,
  type DelegationDirectoryPage,
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
  /**
   * A page of the edition's delegations with city, region, linked head and linked members, largest first;
   * searched by the city's ru/en/zh names, filtered by federal district and region. Public.
   */
  directory: publicProcedure
    .input(DelegationDirectoryInputSchema)
    .query(async ({ ctx, input }): Promise<DelegationDirectoryPage> => {
      await requireEdition(ctx.db, input.editionId);
      return listDelegationDirectory(ctx.db, input);
    }),
});
