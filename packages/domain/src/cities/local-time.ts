import type { Locale } from '../locale.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function timeFormatter(timeZone: string, locale: Locale): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The wall-clock time (`HH:MM`, 24-hour) at a place with this time zone at the instant `now`.
 *
 * @example
 * cityLocalTime({ timeZone: 'Asia/Yekaterinburg' }, new Date('2026-11-27T05:00:00Z')) // '10:00'
 */
export function cityLocalTime(place: { timeZone: string }, now: Date, locale: Locale = 'ru'): string {
  return timeFormatter(place.timeZone, locale).format(now);
}

/**
 * The offset of a time zone from UTC at `now`, in minutes (Yekaterinburg: 300).
 * Lets a client say "+2 h from Moscow" without a date library.
 */
export function utcOffsetMinutes(timeZone: string, now: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wallClockAsUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wallClockAsUtc - Math.floor(now.getTime() / 1000) * 1000) / 60_000);
}
