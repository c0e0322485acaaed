import { utcOffsetMinutes } from '@gorod/sdk';

/**
 * The UTC instant of a wall-clock time (`2026-11-27`, `10:00`) in `timeZone`: the organizer types the
 * forum's clock, the server stores UTC. The offset is read at the guessed instant and once more at the
 * corrected one, which settles it on either side of a clock change.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): string {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const first = wall - utcOffsetMinutes(timeZone, new Date(wall)) * 60_000;
  const settled = wall - utcOffsetMinutes(timeZone, new Date(first)) * 60_000;
  return new Date(settled).toISOString();
}

/** The forum's wall clock of an instant, as the form's date and time fields hold it. */
export function instantToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}
