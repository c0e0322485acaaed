import type { Region } from '@gorod/sdk';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export interface RegionIndex {
  list: Region[];
  byId: Map<string, Region>;
}

const indexRegions = (list: Region[]): RegionIndex => ({ list, byId: new Map(list.map((r) => [r.id, r])) });

/** Every federal subject and partner region; fetched once a visit. */
export function useRegions() {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.regions.list.queryOptions(),
    staleTime: Number.POSITIVE_INFINITY,
    select: indexRegions,
  });
}
