import type { ReactNode } from 'react';
import { ErrorMessage } from './error-message';
import { Spinner } from './spinner';

/** What QueryState reads of a `useQuery` or `useInfiniteQuery` result. */
interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
  /** An infinite query whose next page failed still shows what it has (ListMore shows that error). */
  isFetchNextPageError?: boolean;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  /** Whether the answer has nothing to show; then `empty` (usually an EmptyState) replaces `children`. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * The ladder every fetching page climbs: a spinner while pending, the error in the reader's language (from
 * its code, with Retry where retrying can help), the empty state, then the data.
 */
export function QueryState<T>({ query, isEmpty, empty, children }: QueryStateProps<T>) {
  if (query.isPending) return <Spinner />;
  if (query.isError && !query.isFetchNextPageError) return <ErrorMessage error={query.error} onRetry={() => query.refetch()} />;
  if (query.data === undefined) return <Spinner />;
  if (empty !== undefined && isEmpty?.(query.data)) return empty;
  return children(query.data);
}

/** The usual "nothing here" of a list. */
export function EmptyState({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <div className="empty-state" data-testid={testId}>
      {children}
    </div>
  );
}
