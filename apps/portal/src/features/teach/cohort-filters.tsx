import { FilterForm, FilterSelect } from '../../ui/filter-form';
import { DistrictRegionSelects } from '../cities/district-region-selects';
import type { useCohortFilters } from './use-cohort-filters';

interface Props extends ReturnType<typeof useCohortFilters> {
  cohorts: readonly { id: string; name: string }[];
}

/** Cohort, federal district, region and a name search; all in the address. */
export function CohortTableFilters({ filters, setFilters, cohorts }: Props) {
  return (
    <FilterForm
      label="teach.table.filters"
      variant="filters--cohort"
      search={{ label: 'teach.table.search', value: filters.search, onCommit: (search) => setFilters({ search }, { replace: true }) }}
    >
      <FilterSelect
        label="teach.table.cohort"
        anyLabel="teach.table.allCohorts"
        value={filters.cohortId}
        options={cohorts.map((cohort) => ({ value: cohort.id, label: cohort.name }))}
        onChange={(cohortId) => setFilters({ cohortId })}
      />
      <DistrictRegionSelects
        district={filters.federalDistrict}
        region={filters.region}
        onChange={setFilters}
        regionLabel="teach.table.region"
        anyRegion="teach.table.allRegions"
      />
    </FilterForm>
  );
}
