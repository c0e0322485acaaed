import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../lib/trpc';
import { leaveSignedOut } from '../../lib/use-me';

// Who is signed in is `useMe()` in `lib/use-me.ts` (every area needs it); here are the auth pages' writes.
// (The sign-in and invitation pages still call tRPC themselves: to convert.)

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
