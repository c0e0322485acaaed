import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

// Every forum-area read goes through this file: pages and widgets compose these hooks, never `useTRPC()`.

/** The edition visitors mean by "the forum": under way, else the next, else the latest. */
export function useCurrentEdition() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.editions.current.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
}

/** An edition's delegations, largest first; with `cityId`, only that city's. */
export function useDelegations(editionId: string, cityId?: string) {
  const trpc = useTRPC();
  return useQuery(trpc.delegations.list.queryOptions({ editionId, ...(cityId ? { cityId } : {}) }));
}

/** The edition's partner cities abroad with their region and delegation, joined by the server. */
export function usePartnerCities(editionId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.delegations.partners.queryOptions({ editionId }));
}
