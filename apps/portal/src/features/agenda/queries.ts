import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '../../lib/trpc';

// Every agenda-area read and change goes through this file (the agenda itself is read through the
// program's `useMyAgenda`, which the session page's star shares).

/**
 * The person's secret calendar feed: an https URL and the same as `webcal://`. The server makes the
 * feed on the first ask, so it is a mutation, sent once when the card appears (asking again answers
 * the same feed).
 */
export function useAgendaFeed() {
  const trpc = useTRPC();
  const feed = useMutation(trpc.agenda.feed.mutationOptions());
  const { mutate } = feed;
  useEffect(() => mutate(), [mutate]);
  return feed;
}

/** A new secret for the feed: the old link stops working, so calendars subscribed to it go quiet. */
export function useResetFeed() {
  const trpc = useTRPC();
  return useMutation(trpc.agenda.resetFeed.mutationOptions());
}
