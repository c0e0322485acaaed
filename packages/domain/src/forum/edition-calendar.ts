import { utcOffsetMinutes } from '../cities/local-time.js';
import { calendarDateIn } from './current-edition.js';
import type { ForumEdition } from './schemas.js';

type EditionDays = Pick<ForumEdition, 'startDate' | 'endDate' | 'timeZone'>;

const dayMs = 86_400_000;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`): calendar dates, so no time zone or DST applies. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / dayMs);
}

/** Noon of a calendar date in a time zone: an instant that falls on that date there, safe to format in that zone. */
export function noonOn(date: string, timeZone: string): Date {
  const noonUtc = new Date(`${date}T12:00:00Z`);
  return new Date(noonUtc.getTime() - utcOffsetMinutes(timeZone, noonUtc) * 60_000);
}

/** The edition's days in order (`YYYY-MM-DD`), first to last: the agenda's tabs. */
export function editionDays(edition: EditionDays): string[] {
  const count = daysBetween(edition.startDate, edition.endDate) + 1;
  return Array.from({ length: Math.max(count, 0) }, (_, i) =>
    new Date(Date.parse(edition.startDate) + i * dayMs).toISOString().slice(0, 10),
  );
}

/** Whole days from today (in the forum's zone) until the opening day; 0 on the day itself, negative after. */
export function daysUntilStart(edition: EditionDays, now: Date): number {
  return daysBetween(calendarDateIn(edition.timeZone, now), edition.startDate);
}

/** Which day of the edition `now` falls on (1 for the opening day), or undefined outside the edition. */
export function editionDayNumber(edition: EditionDays, now: Date): number | undefined {
  const today = calendarDateIn(edition.timeZone, now);
  if (today < edition.startDate || today > edition.endDate) return undefined;
  return daysBetween(edition.startDate, today) + 1;
}
