import { FormattedMessage } from 'react-intl';
import { NoMatches } from '../../ui/no-matches';
import { PageHeader } from '../../ui/page-header';
import { useCurrentEdition } from '../forum/queries';
import { CityRow } from './city-row';
import { DirectoryFilters } from './directory-filters';
import { DirectoryList } from './directory-list';
import { useCityDirectory, useRegions } from './queries';
import { useCityFilters } from './use-city-filters';

/** `/cities`: the directory with search, district and region filters, a page at a time. */
export function CitiesDirectoryPage() {
  const cityFilters = useCityFilters();
  const regions = useRegions();
  const edition = useCurrentEdition();
  const directory = useCityDirectory(cityFilters.filters);

  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="cities.directory.title" />} lead={<FormattedMessage id="cities.directory.lead" />} />

      <DirectoryFilters state={cityFilters} />

      <DirectoryList
        query={directory}
        empty={
          <NoMatches
            testId="cities-empty"
            title="cities.list.empty.title"
            text="cities.list.empty.text"
            resetLabel="cities.filter.reset"
            onReset={cityFilters.resetFilters}
          />
        }
        titleId="city-list-title"
        testId="city-list"
        summary={(count, total) =>
          count < total ? (
            <FormattedMessage id="cities.list.shownOf" values={{ count, total }} />
          ) : (
            <FormattedMessage id="cities.list.shown" values={{ count }} />
          )
        }
      >
        {(city) => <CityRow key={city.id} city={city} region={regions.data?.byId.get(city.regionId)} forumTimeZone={edition.data?.timeZone} />}
      </DirectoryList>
    </div>
  );
}
