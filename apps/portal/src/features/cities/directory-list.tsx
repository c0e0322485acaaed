import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { ListMore } from '../../ui/list-more';
import { QueryState } from '../../ui/query-state';

/** What DirectoryList reads of a directory's `useInfiniteQuery` result: pages of items, each with the number of matches. */
interface DirectoryQuery<T> {
  data: { pages: { items: T[]; total: number }[] } | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isPlaceholderData: boolean;
  isFetchNextPageError: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => unknown;
  fetchNextPage: () => unknown;
}

interface DirectoryListProps<T> {
  query: DirectoryQuery<T>;
  /** Shown when no page has an item (usually NoMatches). */
  empty: ReactNode;
  /** The summary heading's id (the list's name) and the list's test id. */
  titleId: string;
  testId: string;
  summaryTestId?: string;
  summary: (count: number, total: number) => ReactNode;
  children: (item: T) => ReactNode;
}

/** A directory a page at a time (cities, delegations): "N of M" above, the rows, "Show more" below. */
export function DirectoryList<T>({ query, empty, titleId, testId, summaryTestId, summary, children }: DirectoryListProps<T>) {
  return (
    <QueryState query={query} isEmpty={(data) => data.pages.every((page) => page.items.length === 0)} empty={empty}>
      {(data) => {
        const items = data.pages.flatMap((page) => page.items);
        // Every page carries the number of matches; the latest page's is the freshest.
        const total = data.pages.at(-1)?.total ?? items.length;
        return (
          <section aria-labelledby={titleId}>
            <h2 id={titleId} className="list-summary" aria-live="polite" data-testid={summaryTestId}>
              {summary(items.length, total)}
            </h2>
            <ul className="city-list" data-testid={testId} aria-busy={query.isPlaceholderData || query.isFetchingNextPage}>
              {items.map(children)}
            </ul>
            <ListMore query={query} more={<FormattedMessage id="cities.list.more" />} loading={<FormattedMessage id="cities.list.loadingMore" />} />
          </section>
        );
      }}
    </QueryState>
  );
}
