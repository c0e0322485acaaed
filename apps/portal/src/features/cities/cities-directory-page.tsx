import { FormattedMessage } from 'react-intl';
import { ListMore } from '../../ui/list-more';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, QueryState } from '../../ui/query-state';
import { useCurrentEdition } from '../forum/queries';
import { CityRow } from './city-row';
import { DirectoryFilters } from './directory-filters';
import { useCityDirectory, useRegions } from './queries';
import { useCityFilters } from './use-city-filters';

/** `/cities`: the directory with search, district and region filters, a page at a time. */
export function CitiesDirectoryPage() {
  const { filters, setFilters, resetFilters } = useCityFilters();
  const regions = useRegions();
  const edition = useCurrentEdition();
  const directory = useCityDirectory(filters);

  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="cities.directory.title" />} lead={<FormattedMessage id="cities.directory.lead" />} />

      <DirectoryFilters filters={filters} regions={regions.data} onChange={setFilters} onReset={resetFilters} />

      <QueryState
        query={directory}
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={
        <EmptyState testId="cities-empty">
          <p className="empty-state__title">
            <FormattedMessage id="cities.list.empty.title" />
          </p>
          <p>
            <FormattedMessage id="cities.list.empty.text" />
          </p>
          <button type="button" className="button button--secondary" onClick={resetFilters}>
            <FormattedMessage id="cities.filter.reset" />
          </button>
        </EmptyState>
        }
      >
        {(data) => {
          const cities = data.pages.flatMap((page) => page.items);
          // Every page carries the number of matches; the latest page's is the freshest.
          const total = data.pages.at(-1)?.total ?? cities.length;
          return (
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
          <ListMore
            query={directory}
            more={<FormattedMessage id="cities.list.more" />}
            loading={<FormattedMessage id="cities.list.loadingMore" />}
          />
        </section>
          );
        }}
      </QueryState>
    </div>
  );
}
