import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

// The signed-in person's API tokens; a write invalidates every `tokens.*` read (`trpc.tokens.pathFilter()`).

export function useTokens() {
  const trpc = useTRPC();
  return useQuery(trpc.tokens.list.queryOptions());
}

function useInvalidateTokens() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.tokens.pathFilter());
}

/** Creates a token; its secret is in the answer, once. */
export function useCreateToken() {
  const trpc = useTRPC();
  const invalidate = useInvalidateTokens();
  return useMutation(trpc.tokens.create.mutationOptions({ onSuccess: invalidate }));
}

export function useRevokeToken() {
  const trpc = useTRPC();
  const invalidate = useInvalidateTokens();
  return useMutation(trpc.tokens.revoke.mutationOptions({ onSuccess: invalidate }));
}
