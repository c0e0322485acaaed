import { federalDistricts } from '@gorod/sdk';
import { choiceParam, idParam, oneOfParam, searchParam, type UrlFiltersOf } from '../../lib/url-filters';
import { useUrlFilters } from '../../lib/use-url-filters';
import { cohortSortKeys, sortDirections } from './cohort-sort';

const idPattern = /^[A-Za-z0-9-]{1,64}$/;

/**
 * The cohort table's filters and order, kept in the address (`?cohort=…&district=ural&region=RU-SVE&q=…&sort=fraction&dir=desc`)
 * so a link or a reload shows the same table. Unknown values are ignored rather than sent.
 */
const cohortFilterFields = {
  cohortId: idParam('cohort', idPattern),
  federalDistrict: oneOfParam('district', federalDistricts),
  region: idParam('region', idPattern),
  search: searchParam('q'),
  sort: choiceParam('sort', cohortSortKeys, 'name'),
  direction: choiceParam('dir', sortDirections, 'asc'),
};

export type CohortFilters = UrlFiltersOf<typeof cohortFilterFields>;

export const useCohortFilters = () => useUrlFilters(cohortFilterFields);
