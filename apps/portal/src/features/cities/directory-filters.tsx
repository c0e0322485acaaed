import { FilterForm } from '../../ui/filter-form';
import { DistrictRegionSelects } from './district-region-selects';
import type { useCityFilters } from './use-city-filters';

/** The city and delegation directories' filters: a city's name, its federal district and region. */
export function DirectoryFilters({ state }: { state: ReturnType<typeof useCityFilters> }) {
  return (
    <FilterForm
      state={state}
      label="cities.filter.label"
      search={{
        field: 'search',
        label: 'cities.filter.search.label',
        placeholder: 'cities.filter.search.placeholder',
        name: 'q',
        spellCheck: false,
        enterKeyHint: 'search',
      }}
      resetLabel="cities.filter.reset"
    >
      <DistrictRegionSelects state={state} regionLabel="cities.filter.region.label" anyRegion="cities.filter.region.all" />
    </FilterForm>
  );
}
