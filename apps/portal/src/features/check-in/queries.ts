import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

// Every check-in-area change goes through this file.

/** One scan of a ticket at the door; the answer says what happened (see `ScanMessage`). */
export function useScan() {
  const trpc = useTRPC();
  return useMutation(trpc.checkIn.scan.mutationOptions());
}
