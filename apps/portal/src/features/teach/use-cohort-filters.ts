import { type FederalDistrict, federalDistricts } from '@gorod/sdk';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type CohortSortKey, cohortSortKeys, type SortDirection } from './cohort-sort';

export interface CohortFilters {
  cohortId: string | undefined;
  federalDistrict: FederalDistrict | undefined;
  regionId: string | undefined;
  search: string;
  sort: CohortSortKey;
  direction: SortDirection;
}

const idPattern = /^[A-Za-z0-9-]{1,64}$/;

/**
 * The cohort table's filters and order, kept in the address (`?cohort=…&district=ural&region=RU-SVE&q=…&sort=fraction&dir=desc`)
 * so a link or a reload shows the same table. Unknown values are ignored rather than sent.
 */
export function useCohortFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<CohortFilters>(() => {
    const id = (name: string) => {
      const value = params.get(name);
      return value && idPattern.test(value) ? value : undefined;
    };
    return {
      cohortId: id('cohort'),
      federalDistrict: federalDistricts.find((district) => district === params.get('district')),
      regionId: id('region'),
      search: params.get('q') ?? '',
      sort: cohortSortKeys.find((key) => key === params.get('sort')) ?? 'name',
      direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    };
  }, [params]);

  /** Typing replaces the history entry; choosing a filter or an order adds one, so Back undoes it. */
  const setFilters = useCallback(
    (patch: Partial<CohortFilters>, { replace = false }: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          const put = (name: string, value: string | undefined) => (value ? next.set(name, value) : next.delete(name));
          if ('cohortId' in patch) put('cohort', patch.cohortId);
          if ('federalDistrict' in patch) put('district', patch.federalDistrict);
          if ('regionId' in patch) put('region', patch.regionId);
          if ('search' in patch) put('q', patch.search?.trim() ? patch.search : undefined);
          if ('sort' in patch) put('sort', patch.sort === 'name' ? undefined : patch.sort);
          if ('direction' in patch) put('dir', patch.direction === 'desc' ? 'desc' : undefined);
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );

  return { filters, setFilters };
}
