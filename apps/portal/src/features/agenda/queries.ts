import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

// Every agenda-area read and change goes through this file (the agenda itself is read through the
// program's `useMyAgenda`, which the session page's star shares).

/** The person's secret calendar feed: an https URL and the same as `webcal://`. */
export function useAgendaFeed() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.agenda.feed.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
}

/** A new secret for the feed: the old link stops working, so calendars subscribed to it go quiet. */
export function useResetFeed() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.agenda.resetFeed.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.agenda.feed.queryKey() }),
    }),
  );
}
