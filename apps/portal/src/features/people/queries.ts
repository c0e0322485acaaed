import type { Role, User, UserListInput, UserStatus } from '@gorod/sdk';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

// The people area's reads and writes: pages and widgets compose these hooks, never `useTRPC()`. A write
// that changes people invalidates every `people.*` read (`trpc.people.pathFilter()`), totals included.

export interface PeopleFilters {
  search: string;
  role: Role | undefined;
  /** Only people in this status; when set, `includeDeactivated` does not apply. */
  status: UserStatus | undefined;
  includeDeactivated: boolean;
}

export const peoplePageSize = 50;

/** Everyone matching the filters, newest first, a page at a time; every page carries the matching `total`. */
export function usePeople({ search, role, status, includeDeactivated }: PeopleFilters) {
  const trpc = useTRPC();
  const input = {
    limit: peoplePageSize,
    includeDeactivated,
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(role ? { role } : {}),
    ...(status ? { status } : {}),
  } satisfies UserListInput;
  return useInfiniteQuery({
    ...trpc.people.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
    placeholderData: keepPreviousData,
  });
}

/** How many people wait for their invitation (invited, not accepted, not deactivated), whatever the filters. */
export function usePendingInvitationCount() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.people.list.queryOptions({ status: 'invited', limit: 1 }), select: (page) => page.total });
}

/** Refetches every people read once a write has landed. */
function useRefreshPeople() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.people.pathFilter());
}

/** Invites one person; the list shows them once the server has them. */
export function useInvite() {
  const trpc = useTRPC();
  const refresh = useRefreshPeople();
  return useMutation(trpc.people.invite.mutationOptions({ onSuccess: refresh }));
}

/** Invites everyone in a participants file; the lists refresh when anyone was invited. */
export function useImportCsv() {
  const trpc = useTRPC();
  const refresh = useRefreshPeople();
  return useMutation(
    trpc.people.importCsv.mutationOptions({
      onSuccess: (report) => {
        if (report.imported > 0) return refresh();
      },
    }),
  );
}

/** Replaces a person's roles; `onSaved` sees the person as saved (the caller's own session may change). */
export function useSetRoles(onSaved: (saved: User) => void) {
  const trpc = useTRPC();
  const refresh = useRefreshPeople();
  return useMutation(
    trpc.people.setRoles.mutationOptions({
      onSuccess: (saved) => {
        onSaved(saved);
        return refresh();
      },
    }),
  );
}

export function useDeactivate() {
  const trpc = useTRPC();
  const refresh = useRefreshPeople();
  return useMutation(trpc.people.deactivate.mutationOptions({ onSuccess: refresh }));
}

export function useReactivate() {
  const trpc = useTRPC();
  const refresh = useRefreshPeople();
  return useMutation(trpc.people.reactivate.mutationOptions({ onSuccess: refresh }));
}

/** Lifts the sign-in locks on a person's account. */
export function useUnlock() {
  const trpc = useTRPC();
  const refresh = useRefreshPeople();
  return useMutation(trpc.people.unlock.mutationOptions({ onSuccess: refresh }));
}

/** Mails one invited person a fresh link; nothing in the lists changes. */
export function useResendInvitation() {
  const trpc = useTRPC();
  return useMutation(trpc.people.resendInvitation.mutationOptions());
}

/** Mails a fresh link to everyone invited who has not accepted; refused for a while after the last time. */
export function useResendInvitations() {
  const trpc = useTRPC();
  return useMutation(trpc.people.resendInvitations.mutationOptions());
}
