import { FilterForm } from '../../ui/filter-form';
import { DistrictRegionSelects } from './district-region-selects';
import type { useCityFilters } from './use-city-filters';

/** The city and delegation directories' filters: a city's name, its federal district and region. */
export function DirectoryFilters({ filters, setFilters, resetFilters, filtered }: ReturnType<typeof useCityFilters>) {
  return (
    <FilterForm
      label="cities.filter.label"
      search={{
        label: 'cities.filter.search.label',
        placeholder: 'cities.filter.search.placeholder',
        value: filters.search,
        onCommit: (search) => setFilters({ search }, { replace: true }),
        name: 'q',
        spellCheck: false,
        enterKeyHint: 'search',
      }}
      reset={filtered ? { label: 'cities.filter.reset', onReset: resetFilters } : undefined}
    >
      <DistrictRegionSelects
        district={filters.federalDistrict}
        region={filters.region}
        onChange={setFilters}
        regionLabel="cities.filter.region.label"
        anyRegion="cities.filter.region.all"
      />
    </FilterForm>
  );
}
