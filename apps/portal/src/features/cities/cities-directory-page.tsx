import { FormattedMessage } from 'react-intl';
import { ErrorMessage } from '../../ui/error-message';
import { Spinner } from '../../ui/spinner';
import { useCurrentEdition } from '../forum/use-current-edition';
import { CityRow } from './city-row';
import { DirectoryFilters } from './directory-filters';
import { useCityDirectory } from './use-city-directory';
import { useCityFilters } from './use-city-filters';
import { useRegions } from './use-regions';
import { PageHeader } from '../../ui/page-header';

/** `/cities`: the directory with search, district and region filters, a page at a time. */
export function CitiesDirectoryPage() {
  const { filters, setFilters, resetFilters } = useCityFilters();
  const regions = useRegions();
  const edition = useCurrentEdition();
  const directory = useCityDirectory(filters);
  const cities = directory.data?.pages.flatMap((page) => page.items) ?? [];
  // Every page carries the number of matches; the latest page's is the freshest.
  const total = directory.data?.pages.at(-1)?.total ?? cities.length;

  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="cities.directory.title" />} lead={<FormattedMessage id="cities.directory.lead" />} />

      <DirectoryFilters filters={filters} regions={regions.data} onChange={setFilters} onReset={resetFilters} />

      {directory.isPending ? (
        <Spinner />
      ) : directory.isError && !directory.isFetchNextPageError ? (
        <ErrorMessage error={directory.error} onRetry={() => directory.refetch()} />
      ) : cities.length === 0 ? (
        <div className="empty-state" data-testid="cities-empty">
          <p className="empty-state__title">
            <FormattedMessage id="cities.list.empty.title" />
          </p>
          <p>
            <FormattedMessage id="cities.list.empty.text" />
          </p>
          <button type="button" className="button button--secondary" onClick={resetFilters}>
            <FormattedMessage id="cities.filter.reset" />
          </button>
        </div>
      ) : (
        <section aria-labelledby="city-list-title">
          <h2 id="city-list-title" className="list-summary" aria-live="polite">
            {cities.length < total ? (
              <FormattedMessage id="cities.list.shownOf" values={{ count: cities.length, total }} />
            ) : (
              <FormattedMessage id="cities.list.shown" values={{ count: cities.length }} />
            )}
          </h2>
          <ul
            className="city-list"
            data-testid="city-list"
            aria-busy={directory.isPlaceholderData || directory.isFetchingNextPage}
          >
            {cities.map((city) => (
              <CityRow
                key={city.id}
                city={city}
                region={regions.data?.byId.get(city.regionId)}
                forumTimeZone={edition.data?.timeZone}
              />
            ))}
          </ul>
          {directory.isFetchNextPageError && (
            <ErrorMessage error={directory.error} onRetry={() => directory.fetchNextPage()} />
          )}
          {directory.hasNextPage && (
            <div className="list-more">
              <button
                type="button"
                className="button button--secondary"
                disabled={directory.isFetchingNextPage}
                onClick={() => directory.fetchNextPage()}
              >
                {directory.isFetchingNextPage ? (
                  <FormattedMessage id="cities.list.loadingMore" />
                ) : (
                  <FormattedMessage id="cities.list.more" />
                )}
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
