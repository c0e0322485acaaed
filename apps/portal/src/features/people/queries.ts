import type { Role, UserListInput } from '@gorod/sdk';
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

// The people area's reads and writes; a write invalidates every `people.*` read (`trpc.people.pathFilter()`).

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

/** Invites one person; the list shows them once the server has them. */
export function useInvite() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.people.invite.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.people.pathFilter()) }),
  );
}
