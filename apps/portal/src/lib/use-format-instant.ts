import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { useMe } from './use-me';

/** Formats an instant (ISO string) in the signed-in user's time zone ("28 нояб. 2026 г., 10:15"). */
export function useFormatInstant() {
  const intl = useIntl();
  const timeZone = useMe().data?.timeZone;
  return useCallback(
    (iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }) =>
      intl.formatDate(new Date(iso), { ...options, ...(timeZone ? { timeZone } : {}) }),
    [intl, timeZone],
  );
}
