import { roles, userStatuses } from '@gorod/sdk';
import { flagParam, oneOfParam, searchParam } from '../../lib/url-filters';
import { useUrlFilters } from '../../lib/use-url-filters';

/**
 * What the people list shows, kept in the address (`?q=…&role=…&status=invited&deactivated=1`) so a link or
 * a reload reproduces it. Unknown values are ignored rather than sent to the server.
 */
const peopleFilterFields = {
  search: searchParam('q'),
  role: oneOfParam('role', roles),
  status: oneOfParam('status', userStatuses),
  includeDeactivated: flagParam('deactivated'),
};

export const usePeopleFilters = () => useUrlFilters(peopleFilterFields);
