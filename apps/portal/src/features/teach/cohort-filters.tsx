import { FilterForm, FilterSelect } from '../../ui/filter-form';
import { DistrictRegionSelects } from '../cities/district-region-selects';
import type { useCohortFilters } from './use-cohort-filters';

interface Props {
  state: ReturnType<typeof useCohortFilters>;
  cohorts: readonly { id: string; name: string }[];
}

/** Cohort, federal district, region and a name search; all in the address. */
export function CohortTableFilters({ state, cohorts }: Props) {
  const { filters, setFilters } = state;
  return (
    <FilterForm state={state} label="teach.table.filters" variant="filters--cohort" search={{ field: 'search', label: 'teach.table.search' }}>
      <FilterSelect
        label="teach.table.cohort"
        anyLabel="teach.table.allCohorts"
        value={filters.cohortId}
        options={cohorts.map((cohort) => ({ value: cohort.id, label: cohort.name }))}
        onChange={(cohortId) => setFilters({ cohortId })}
      />
      <DistrictRegionSelects state={state} regionLabel="teach.table.region" anyRegion="teach.table.allRegions" />
    </FilterForm>
  );
}
