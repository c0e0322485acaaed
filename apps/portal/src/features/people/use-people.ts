import type { Role, UserListInput } from '@gorod/sdk';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '../../lib/trpc';

export interface PeopleFilters {
  search: string;
  role: Role | undefined;
  includeDeactivated: boolean;
}

export const peoplePageSize = 50;

/** Everyone matching the filters, newest first, a page at a time. */
export function usePeople({ search, role, includeDeactivated }: PeopleFilters) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const input = {
    limit: peoplePageSize,
    includeDeactivated,
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(role ? { role } : {}),
  } satisfies UserListInput;
  return useInfiniteQuery({
    ...trpc.people.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
    // people.list's strict input has no `direction` (cities.list accepts it now): send exactly its fields.
    queryFn: ({ pageParam, signal }) =>
      client.people.list.query({ ...input, ...(pageParam ? { cursor: pageParam } : {}) }, { signal }),
    placeholderData: keepPreviousData,
  });
}
