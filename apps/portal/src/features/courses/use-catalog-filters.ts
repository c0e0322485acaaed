import { courseTopics, locales } from '@gorod/sdk';
import { oneOfParam, searchParam, type UrlFiltersOf } from '../../lib/url-filters';
import { useUrlFilters } from '../../lib/use-url-filters';

/** What the catalog shows, kept in the address (`?topic=…&q=…&lang=…`) so a link reproduces it. */
const catalogFilterFields = {
  topic: oneOfParam('topic', courseTopics),
  search: searchParam('q'),
  language: oneOfParam('lang', locales),
};

export type CatalogFilters = UrlFiltersOf<typeof catalogFilterFields>;

export const useCatalogFilters = () => useUrlFilters(catalogFilterFields);
