import type { User } from '@gorod/sdk';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../lib/trpc';
import { leaveSignedOut, useSessionChange } from '../../lib/use-me';

// Who is signed in is `useMe()` in `lib/use-me.ts` (every area needs it); here are the auth pages' reads and writes.

/** Signs in; `onSignedIn` goes on with the person (their language, where they were going). */
export function useSignIn(onSignedIn: (user: User) => void) {
  const trpc = useTRPC();
  const { signedIn } = useSessionChange();
  return useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (user) => {
        signedIn(user);
        onSignedIn(user);
      },
    }),
  );
}

/**
 * Who an invitation link is for. `enabled: false` once it is accepted: the link is used up, and the refetch
 * that signing in triggers must not ask for it (a 404).
 */
export function useInvitation(token: string, { enabled }: { enabled: boolean }) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.invitation.queryOptions({ token }), staleTime: Number.POSITIVE_INFINITY, enabled });
}

/** Accepts an invitation with a new password: the person is signed in and welcomed on their profile. */
export function useAcceptInvitation() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { signedIn } = useSessionChange();
  return useMutation(
    trpc.auth.acceptInvitation.mutationOptions({
      onSuccess: (user) => {
        signedIn(user);
        navigate('/profile', { replace: true, state: { welcome: true } });
      },
    }),
  );
}

/** Signs out, whatever the answer, and reloads the portal signed out. */
export function useSignOut() {
  const trpc = useTRPC();
  return useMutation(trpc.auth.signOut.mutationOptions({ onSettled: () => leaveSignedOut('/') }));
}

/** Asks for a reset link; the answer never tells whether the account exists. */
export function useRequestPasswordReset() {
  const trpc = useTRPC();
  return useMutation(trpc.auth.requestPasswordReset.mutationOptions());
}

/** Sets a new password from a reset link, then goes to sign in with a note that it worked. */
export function useResetPassword() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  return useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: () => navigate('/sign-in', { replace: true, state: { passwordReset: true } }),
    }),
  );
}
