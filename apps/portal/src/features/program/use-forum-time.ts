import { useMemo } from 'react';
import { useLocale } from '../../i18n/i18n-provider';
import { useMe } from '../../lib/use-me';

/** The reader's own zone: their profile's when signed in, else the browser's. */
function useReaderTimeZone(): string {
  const me = useMe();
  return me.data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface ForumTime {
  /** "10:00" in the forum's zone. */
  time(iso: string): string;
  /** "10:00–11:30" in the forum's zone. */
  span(startIso: string, endIso: string): string;
  /** The same start in the reader's zone ("08:00"), or null when the reader's clock reads the same. */
  readerTime(iso: string): string | null;
  /** "пт, 27 ноября" of a calendar date, for the day tabs. */
  day(date: string): string;
}

/**
 * Times of the program in the forum's zone, with the reader's own clock beside when it differs. The
 * formatters are made once per page, not per row: 300 rows format in a blink on a phone.
 */
export function useForumTime(forumTimeZone: string): ForumTime {
  const { locale } = useLocale();
  const readerZone = useReaderTimeZone();
  return useMemo(() => {
    const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
    const forum = new Intl.DateTimeFormat(locale, { ...clock, timeZone: forumTimeZone });
    const reader = new Intl.DateTimeFormat(locale, { ...clock, timeZone: readerZone });
    const dayFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' });
    return {
      time: (iso) => forum.format(new Date(iso)),
      span: (startIso, endIso) => `${forum.format(new Date(startIso))}–${forum.format(new Date(endIso))}`,
      readerTime: (iso) => {
        // Comparing the two clocks' words, not the zones' offsets: no formatter is built per row.
        const at = new Date(iso);
        const own = reader.format(at);
        return own === forum.format(at) ? null : own;
      },
      // A calendar date read at UTC noon is that date in any language's calendar.
      day: (date) => dayFormat.format(new Date(`${date}T12:00:00Z`)),
    } satisfies ForumTime;
  }, [locale, forumTimeZone, readerZone]);
}
