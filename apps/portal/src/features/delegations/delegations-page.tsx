import { FormattedMessage } from 'react-intl';
import { ListMore } from '../../ui/list-more';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, QueryState } from '../../ui/query-state';
import { DirectoryFilters } from '../cities/directory-filters';
import { useRegions } from '../cities/queries';
import { useCityFilters } from '../cities/use-city-filters';
import { useCurrentEdition } from '../forum/queries';
import { DelegationRow } from './delegation-row';
import { useDelegationDirectory } from './queries';

/** `/delegations`: who is coming, searched in three languages and filtered by district and region (in the address). */
export function DelegationsPage() {
  const edition = useCurrentEdition();
  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="delegations.title" />} lead={<FormattedMessage id="delegations.lead" />} />
      <QueryState query={edition}>{(current) => <DelegationDirectory editionId={current.id} forumTimeZone={current.timeZone} />}</QueryState>
    </div>
  );
}

function DelegationDirectory({ editionId, forumTimeZone }: { editionId: string; forumTimeZone: string }) {
  const { filters, setFilters, resetFilters } = useCityFilters();
  const regions = useRegions();
  const directory = useDelegationDirectory(editionId, filters);
  return (
    <>
      <DirectoryFilters filters={filters} regions={regions.data} onChange={setFilters} onReset={resetFilters} />
      <QueryState
        query={directory}
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={
          <EmptyState testId="delegations-empty">
            <p className="empty-state__title">
              <FormattedMessage id="delegations.empty" />
            </p>
            <button type="button" className="button button--secondary" onClick={resetFilters}>
              <FormattedMessage id="cities.filter.reset" />
            </button>
          </EmptyState>
        }
      >
        {(data) => {
          const entries = data.pages.flatMap((page) => page.items);
          const total = data.pages.at(-1)?.total ?? entries.length;
          return (
            <section aria-labelledby="delegation-list-title">
              <h2 id="delegation-list-title" className="list-summary" aria-live="polite" data-testid="delegations-total">
                <FormattedMessage id="delegations.shown" values={{ count: entries.length, total }} />
              </h2>
              <ul className="city-list" data-testid="delegation-list" aria-busy={directory.isPlaceholderData || directory.isFetchingNextPage}>
                {entries.map((entry) => (
                  <DelegationRow key={entry.delegation.id} entry={entry} forumTimeZone={forumTimeZone} />
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
    </>
  );
}
