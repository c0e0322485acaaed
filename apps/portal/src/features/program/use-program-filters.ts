import { locales, sessionKinds } from '@gorod/sdk';
import { idParam, oneOfParam, searchParam } from '../../lib/url-filters';
import { useUrlFilters } from '../../lib/use-url-filters';

/** What the program shows, kept in the address (`?day=…&track=…&q=…`) so a link reproduces it. */
const programFilterFields = {
  day: idParam('day'),
  trackId: idParam('track'),
  roomId: idParam('room'),
  kind: oneOfParam('kind', sessionKinds),
  language: oneOfParam('lang', locales),
  query: searchParam('q'),
};

/** Reset clears the filters but stays on the chosen day. */
export const useProgramFilters = () => useUrlFilters(programFilterFields, { keepOnReset: ['day'] });
