import { type ClassSessionInfo, sessionDay } from '@gorod/sdk';
import { useCallback } from 'react';
import { useCurrentEdition } from '../forum/queries';
import { useForumTime } from '../program/use-forum-time';

/**
 * A class's day and time in the forum's zone, as the program pages give them ("пт, 27 ноября, 10:00–11:30"),
 * with the reader's own clock when it differs; null until the edition (its zone) is known.
 */
export function useClassTime() {
  const edition = useCurrentEdition();
  const zone = edition.data?.timeZone;
  const time = useForumTime(zone ?? 'UTC');
  const when = useCallback(
    (session: Pick<ClassSessionInfo, 'startsAt' | 'endsAt'>) =>
      zone ? `${time.day(sessionDay(session, zone))}, ${time.span(session.startsAt, session.endsAt)}` : null,
    [zone, time],
  );
  const readerTime = useCallback((iso: string) => (zone ? time.readerTime(iso) : null), [zone, time]);
  return { when, readerTime };
}
