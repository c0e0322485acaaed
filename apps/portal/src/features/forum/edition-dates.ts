import { type ForumEdition, type Locale, noonOn } from '@gorod/sdk';

type EditionDays = Pick<ForumEdition, 'startDate' | 'endDate' | 'timeZone'>;

// The calendar itself (days of the edition, days to go, noon of a date in a zone) is the domain's
// (`@gorod/sdk`, `forum/edition-calendar.ts`); this file only says dates in the reader's language.

/** "27–28 ноября 2026 г." / "November 27 – 28, 2026" / "2026年11月27日–28日", read in the forum's zone. */
export function formatEditionDates(edition: EditionDays, locale: Locale): string {
  const { timeZone } = edition;
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const start = noonOn(edition.startDate, timeZone);
  const end = noonOn(edition.endDate, timeZone);
  const range = format.formatRange(start, end);
  const numeric = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone });
  if (range !== numeric.formatRange(start, end)) return range;
  // V8's ICU falls back to numeric dates for some languages' ranges (Chinese: "2026/11/27 – 2026/11/28"):
  // write the first day in full and only what changes of the last.
  const sameMonth = edition.startDate.slice(0, 7) === edition.endDate.slice(0, 7);
  const sameYear = edition.startDate.slice(0, 4) === edition.endDate.slice(0, 4);
  const tail = new Intl.DateTimeFormat(locale, {
    ...(sameYear ? {} : { year: 'numeric' }),
    ...(sameMonth ? {} : { month: 'long' }),
    day: 'numeric',
    timeZone,
  }).format(end);
  return `${format.format(start)}–${tail}`;
}
