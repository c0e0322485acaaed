import type { ForumEdition } from './schemas.js';

// Building an Intl.DateTimeFormat costs far more than formatting with one (a third of a cached program
// request's time, profiled): keep one per zone. A process meets a handful of zones at most.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) at `now` in a time zone. */
export function calendarDateIn(timeZone: string, now: Date): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(now);
}

/**
 * The edition a visitor means by "the forum" at `now`: the one under way, else the next to come,
 * else the latest that has ended. Undefined when there is none.
 */
export function pickCurrentEdition<E extends Pick<ForumEdition, 'startDate' | 'endDate' | 'timeZone'>>(
  editions: readonly E[],
  now: Date,
): E | undefined {
  const byStart = [...editions].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const today = (e: E) => calendarDateIn(e.timeZone, now);
  return (
    byStart.find((e) => e.startDate <= today(e) && today(e) <= e.endDate) ??
    byStart.find((e) => today(e) < e.startDate) ??
    byStart.at(-1)
  );
}

export type EditionPhase = 'upcoming' | 'running' | 'ended';

/** Whether an edition is still to come, under way, or over at `now`, in its own time zone. */
export function editionPhase(edition: Pick<ForumEdition, 'startDate' | 'endDate' | 'timeZone'>, now: Date): EditionPhase {
  const today = calendarDateIn(edition.timeZone, now);
  if (today < edition.startDate) return 'upcoming';
  return today <= edition.endDate ? 'running' : 'ended';
}
