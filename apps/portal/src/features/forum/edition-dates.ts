import { calendarDateIn, type ForumEdition, type Locale, utcOffsetMinutes } from '@gorod/sdk';

type EditionDays = Pick<ForumEdition, 'startDate' | 'endDate' | 'timeZone'>;

/** Noon of a calendar date in a time zone: an instant that is on that date wherever the zone is. */
function noonIn(date: string, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const noonUtc = new Date(Date.UTC(year, month - 1, day, 12));
  return new Date(noonUtc.getTime() - utcOffsetMinutes(timeZone, noonUtc) * 60_000);
}

/** "27–28 ноября 2026 г." / "November 27 – 28, 2026" / "2026年11月27日–28日", read in the forum's zone. */
export function formatEditionDates(edition: EditionDays, locale: Locale): string {
  const { timeZone } = edition;
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const start = noonIn(edition.startDate, timeZone);
  const end = noonIn(edition.endDate, timeZone);
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

/** Whole days from today (in the forum's zone) until the opening day; 0 on the day itself. */
export function daysUntilStart(edition: EditionDays, now: Date): number {
  const today = calendarDateIn(edition.timeZone, now);
  return Math.round((Date.parse(edition.startDate) - Date.parse(today)) / 86_400_000);
}
