import type { CityListInput, Region } from '@gorod/sdk';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';
import type { CityFilters } from './use-city-filters';

// Every cities-area read goes through this file: pages and widgets compose these hooks, never `useTRPC()`.

export interface RegionIndex {
  list: Region[];
  byId: Map<string, Region>;
}

const indexRegions = (list: Region[]): RegionIndex => ({ list, byId: new Map(list.map((r) => [r.id, r])) });

/** Every federal subject and partner region; fetched once a visit. */
export function useRegions() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.regions.list.queryOptions(), staleTime: Number.POSITIVE_INFINITY, select: indexRegions });
}

/** One city by id; `enabled: false` while there is no id to ask about. The batch link joins a list's calls. */
export function useCity(id: string, { enabled = true, staleTime }: { enabled?: boolean; staleTime?: number } = {}) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.cities.get.queryOptions({ id }), enabled, ...(staleTime === undefined ? {} : { staleTime }) });
}

export const directoryPageSize = 20;

/** The directory, largest cities first, a page at a time; the next page starts at the last one's cursor. */
export function useCityDirectory({ search, federalDistrict, region }: CityFilters) {
  const trpc = useTRPC();
  const input = {
    limit: directoryPageSize,
    ...(search.trim() ? { search } : {}),
    ...(federalDistrict ? { federalDistrict } : {}),
    ...(region ? { region } : {}),
  } satisfies CityListInput;
  return useInfiniteQuery({
    ...trpc.cities.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
    // While a new search loads, keep showing the last result rather than flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

/** The first few cities matching what is typed, for a picker; asks only while the picker is open. */
export function useCitySuggestions(search: string, { enabled }: { enabled: boolean }) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.cities.list.queryOptions({ limit: 8, ...(search ? { search } : {}) }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
