import { roles, userStatuses } from '@gorod/sdk';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PeopleFilters } from './queries';

/**
 * What the people list shows, kept in the address (`?q=…&role=…&status=invited&deactivated=1`) so a link or
 * a reload reproduces it. Unknown values are ignored rather than sent to the server.
 */
export function usePeopleFilters() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<PeopleFilters>(
    () => ({
      search: params.get('q') ?? '',
      role: roles.find((role) => role === params.get('role')),
      status: userStatuses.find((status) => status === params.get('status')),
      includeDeactivated: params.get('deactivated') === '1',
    }),
    [params],
  );

  /** Typing replaces the history entry; choosing a filter adds one, so Back undoes it. */
  const setFilters = useCallback(
    (patch: Partial<PeopleFilters>, { replace = false }: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          const put = (name: string, value: string | undefined) => (value ? next.set(name, value) : next.delete(name));
          if ('search' in patch) put('q', patch.search?.trim() ? patch.search : undefined);
          if ('role' in patch) put('role', patch.role);
          if ('status' in patch) put('status', patch.status);
          if ('includeDeactivated' in patch) put('deactivated', patch.includeDeactivated ? '1' : undefined);
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );

  return { filters, setFilters };
}
