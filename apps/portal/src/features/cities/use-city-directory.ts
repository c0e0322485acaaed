import type { CityListInput } from '@gorod/sdk';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '../../lib/trpc';
import type { CityFilters } from './use-city-filters';

export const directoryPageSize = 20;

/** The directory, largest cities first, a page at a time; the next page starts at the last one's cursor. */
export function useCityDirectory({ search, federalDistrict, region }: CityFilters) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const input = {
    limit: directoryPageSize,
    ...(search.trim() ? { search } : {}),
    ...(federalDistrict ? { federalDistrict } : {}),
    ...(region ? { region } : {}),
  } satisfies CityListInput;
  return useInfiniteQuery({
    ...trpc.cities.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
    // tRPC's own fetcher adds `direction` to the input, which the server's strict schema refuses as an
    // unknown key; send exactly the documented fields instead (same query key, same cache).
    queryFn: ({ pageParam, signal }) =>
      client.cities.list.query({ ...input, ...(pageParam ? { cursor: pageParam } : {}) }, { signal }),
    // While a new search loads, keep showing the last result rather than flashing a spinner.
    placeholderData: keepPreviousData,
  });
}
