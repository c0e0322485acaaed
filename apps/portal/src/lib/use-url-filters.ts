import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { hasUrlFilters, readUrlFilters, resetUrlFilters, type UrlFields, type UrlFiltersOf, writeUrlFilters } from './url-filters';

/**
 * A list page's filters kept in the address, so a link or a reload shows the same list. `fields` (a module
 * constant) says which parameter holds each filter; `keepOnReset` names those Reset leaves alone.
 */
export function useUrlFilters<F extends UrlFields>(fields: F, { keepOnReset = [] }: { keepOnReset?: readonly (keyof F)[] } = {}) {
  const [params, setParams] = useSearchParams();

  const filters = useMemo(() => readUrlFilters(fields, params), [fields, params]);

  /** Typing replaces the history entry (`replace`); choosing a filter adds one, so Back undoes it. */
  const setFilters = useCallback(
    (patch: Partial<UrlFiltersOf<F>>, { replace = false }: { replace?: boolean } = {}) =>
      setParams((previous) => writeUrlFilters(fields, previous, patch), { replace }),
    [fields, setParams],
  );

  /** A new history entry, so Back brings the filters back. */
  const resetFilters = () => setParams((previous) => resetUrlFilters(fields, previous, keepOnReset));

  const filtered = hasUrlFilters(fields, filters, keepOnReset);

  return { filters, setFilters, resetFilters, filtered };
}
