import type { Role, UserListInput } from '@gorod/sdk';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export interface PeopleFilters {
  search: string;
  role: Role | undefined;
  includeDeactivated: boolean;
}

export const peoplePageSize = 50;

/** Everyone matching the filters, newest first, a page at a time. */
export function usePeople({ search, role, includeDeactivated }: PeopleFilters) {
  const trpc = useTRPC();
  const input = {
    limit: peoplePageSize,
    includeDeactivated,
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(role ? { role } : {}),
  } satisfies UserListInput;
  return useInfiniteQuery({
    ...trpc.people.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
    placeholderData: keepPreviousData,
  });
}
