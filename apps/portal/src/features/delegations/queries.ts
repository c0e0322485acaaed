import type { DelegationDirectoryInput } from '@gorod/sdk';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';
import type { CityFilters } from '../cities/use-city-filters';

// Every delegations-area read goes through this file: pages compose these hooks, never `useTRPC()`.

export const delegationsPageSize = 20;

/** The edition's delegations, largest first, searched and filtered like the city directory; a page at a time. */
export function useDelegationDirectory(editionId: string, { search, federalDistrict, region }: CityFilters) {
  const trpc = useTRPC();
  const input = {
    editionId,
    limit: delegationsPageSize,
    ...(search.trim() ? { search } : {}),
    ...(federalDistrict ? { federalDistrict } : {}),
    ...(region ? { region } : {}),
  } satisfies DelegationDirectoryInput;
  return useInfiniteQuery({
    ...trpc.delegations.directory.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
    placeholderData: keepPreviousData,
  });
}

/** Every delegation of the edition (at most 100), for a picker: city names come with each. */
export function useDelegationOptions(editionId: string | undefined) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.delegations.directory.queryOptions({ editionId: editionId ?? '', limit: 100 }),
    enabled: editionId !== undefined,
    select: (page) => page.items,
  });
}

/** Links a person to a delegation (or none) and marks its head; people and delegation reads refresh after. */
export function useSetDelegation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.people.setDelegation.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.people.pathFilter()),
          queryClient.invalidateQueries(trpc.delegations.pathFilter()),
        ]),
    }),
  );
}
