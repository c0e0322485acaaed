import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { ErrorMessage } from './error-message';

/** What ListMore reads of a `useInfiniteQuery` result. */
interface PagedQuery {
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => unknown;
}

/** The foot of a paged list: the next page's error, and "Show more" while there is more. */
export function ListMore({ query, more, loading }: { query: PagedQuery; more?: ReactNode; loading?: ReactNode }) {
  return (
    <>
      {query.isFetchNextPageError && <ErrorMessage error={query.error} onRetry={() => query.fetchNextPage()} />}
      {query.hasNextPage && (
        <div className="list-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={query.isFetchingNextPage}
            onClick={() => query.fetchNextPage()}
          >
            {query.isFetchingNextPage
              ? (loading ?? <FormattedMessage id="common.loadingMore" />)
              : (more ?? <FormattedMessage id="common.showMore" />)}
          </button>
        </div>
      )}
    </>
  );
}
