import { csrfCookieIn, toGorodError, type User } from '@gorod/sdk';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC, useTRPCClient } from './trpc';

/**
 * The server sets its readable CSRF cookie with the (HttpOnly) session cookie and clears both together,
 * so without it there is no session to ask about, and no 401 to log in the console.
 */
function hasSessionCookie(): boolean {
  return csrfCookieIn(document.cookie) !== undefined;
}

/** `auth.me`'s query key, shared by the hook and by sign-in and sign-out. */
function useMeKey() {
  const trpc = useTRPC();
  return [...trpc.auth.me.queryKey()];
}

/** The signed-in user, or null when signed out (an expired session too): signed out is not an error. */
export function useMe() {
  const client = useTRPCClient();
  return useQuery({
    queryKey: useMeKey(),
    queryFn: async ({ signal }): Promise<User | null> => {
      if (!hasSessionCookie()) return null;
      try {
        return await client.auth.me.query(undefined, { signal });
      } catch (error) {
        if (toGorodError(error).code === 'UNAUTHENTICATED') return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

const isMe = (key: readonly unknown[], meKey: readonly unknown[]) => JSON.stringify(key) === JSON.stringify(meKey);

/**
 * Everything fetched as nobody is fetched again as the new user. Invalidated, not reset: what is on
 * screen stays until the fresh answer arrives, so the header does not jump under the person's cursor.
 * (Switching between two users always passes through signing out, which reloads the page.)
 */
function refetchAllBut(queryClient: QueryClient, meKey: readonly unknown[]) {
  return queryClient.invalidateQueries({ predicate: (query) => !isMe(query.queryKey, meKey) });
}

/**
 * What to do after someone signs in or changes their profile. (Signing out loads the next page afresh:
 * nothing fetched as that person stays in memory.)
 */
export function useSessionChange() {
  const queryClient = useQueryClient();
  const meKey = useMeKey();
  const key = JSON.stringify(meKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key's JSON stands for the key
  const signedIn = useCallback(
    (user: User) => {
      queryClient.setQueryData(meKey, user);
      void refetchAllBut(queryClient, meKey);
    },
    [queryClient, key],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key's JSON stands for the key
  const updated = useCallback((user: User) => queryClient.setQueryData(meKey, user), [queryClient, key]);
  return { signedIn, updated };
}

/** After signing out: a fresh page load, so nothing fetched as the previous user stays in memory. */
export function leaveSignedOut(path: string): void {
  window.location.assign(path);
}
