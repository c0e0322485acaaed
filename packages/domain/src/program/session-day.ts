import { calendarDateIn } from '../forum/current-edition.js';

/** The calendar date (`YYYY-MM-DD`) a session starts on in the forum's time zone: its day tab. */
export function sessionDay(session: { startsAt: string }, timeZone: string): string {
  return calendarDateIn(timeZone, new Date(session.startsAt));
}
