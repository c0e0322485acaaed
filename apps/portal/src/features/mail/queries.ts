import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

// Every mail-area read goes through this file: pages and widgets compose these hooks, never `useTRPC()`.

/** The outbox, newest first, maybe only mail to addresses containing `to`; always fresh (mail goes out meanwhile). */
export function useOutbox({ limit, to }: { limit: number; to: string }) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.mail.outbox.queryOptions({ limit, ...(to ? { to } : {}) }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
