import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

/** The edition visitors mean by "the forum": under way, else the next, else the latest. */
export function useCurrentEdition() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.editions.current.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
}
