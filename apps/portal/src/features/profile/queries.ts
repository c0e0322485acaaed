import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale } from '../../i18n/i18n-provider';
import { useTRPC } from '../../lib/trpc';
import { leaveSignedOut, useSessionChange } from '../../lib/use-me';

/** Saves the profile; the header and every `useMe()` show the saved person, in their chosen language. */
export function useUpdateProfile() {
  const trpc = useTRPC();
  const { setLocale } = useLocale();
  const { updated } = useSessionChange();
  return useMutation(
    trpc.profile.update.mutationOptions({
      onSuccess: (saved) => {
        updated(saved);
        setLocale(saved.locale);
      },
    }),
  );
}

export function useChangePassword() {
  const trpc = useTRPC();
  return useMutation(trpc.auth.changePassword.mutationOptions());
}

/** Ends every session, this one too, and goes to the sign-in page. */
export function useSignOutEverywhere() {
  const trpc = useTRPC();
  return useMutation(trpc.auth.signOutEverywhere.mutationOptions({ onSuccess: () => leaveSignedOut('/sign-in') }));
}

/** The signed-in person's browsers (sign-in sessions), the current one marked. */
export function useSignInSessions() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.sessions.queryOptions());
}

/** Ends one of the person's other browsers; the list is read again. */
export function useEndSession() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.endSession.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.auth.sessions.queryFilter()) }),
  );
}
