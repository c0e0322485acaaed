import { FormattedMessage } from 'react-intl';
import { NoMatches } from '../../ui/no-matches';
import { PageHeader } from '../../ui/page-header';
import { QueryState } from '../../ui/query-state';
import { DirectoryFilters } from '../cities/directory-filters';
import { DirectoryList } from '../cities/directory-list';
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
  const cityFilters = useCityFilters();
  const directory = useDelegationDirectory(editionId, cityFilters.filters);
  return (
    <>
      <DirectoryFilters state={cityFilters} />
      <DirectoryList
        query={directory}
        empty={<NoMatches testId="delegations-empty" title="delegations.empty" resetLabel="cities.filter.reset" onReset={cityFilters.resetFilters} />}
        titleId="delegation-list-title"
        testId="delegation-list"
        summaryTestId="delegations-total"
        summary={(count, total) => <FormattedMessage id="delegations.shown" values={{ count, total }} />}
      >
        {(entry) => <DelegationRow key={entry.delegation.id} entry={entry} forumTimeZone={forumTimeZone} />}
      </DirectoryList>
    </>
  );
}
