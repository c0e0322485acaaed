import { type AppRouter, createGorodClient, type GorodClient, toGorodError } from '@gorod/sdk';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** `useTRPC()` gives typed query options for every procedure: `useQuery(trpc.cities.get.queryOptions({ id }))`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** The portal talks to the server it was loaded from, through the public SDK like any other client. */
export function createPortalClient(): GorodClient {
  return createGorodClient({ url: window.location.origin });
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The directory changes rarely; a minute avoids refetching while a visitor moves between pages.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // An answer such as NOT_FOUND or INVALID_INPUT will not change on retry; a failed network might.
        retry: (failureCount, error) => failureCount < 2 && toGorodError(error).code === 'INTERNAL',
      },
    },
  });
}
