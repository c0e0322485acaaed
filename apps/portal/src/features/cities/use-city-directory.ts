import type { CityListInput } from '@gorod/sdk';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';
import type { CityFilters } from './use-city-filters';

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
