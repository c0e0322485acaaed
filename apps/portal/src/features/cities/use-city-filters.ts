import { federalDistricts } from '@gorod/sdk';
import { idParam, oneOfParam, searchParam, type UrlFiltersOf } from '../../lib/url-filters';
import { useUrlFilters } from '../../lib/use-url-filters';

/** What the directory shows, kept in the address (`?q=…&district=…&region=…`) so a link reproduces it. */
const cityFilterFields = {
  search: searchParam('q'),
  federalDistrict: oneOfParam('district', federalDistricts),
  region: idParam('region'),
};

export type CityFilters = UrlFiltersOf<typeof cityFilterFields>;

export const useCityFilters = () => useUrlFilters(cityFilterFields);
