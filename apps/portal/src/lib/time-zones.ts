import { utcOffsetMinutes } from '@gorod/sdk';
import type { IntlShape } from 'react-intl';
import { hasMessage } from '../ui/issue-text';

/**
 * The zones a Gorod user lives in: every zone of Russia (tzdb), west to east, and China's for the
 * partner city.
 */
export const userTimeZones = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Simferopol',
  'Europe/Kirov',
  'Europe/Volgograd',
  'Europe/Astrakhan',
  'Europe/Saratov',
  'Europe/Ulyanovsk',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Barnaul',
  'Asia/Tomsk',
  'Asia/Novokuznetsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Chita',
  'Asia/Yakutsk',
  'Asia/Khandyga',
  'Asia/Vladivostok',
  'Asia/Ust-Nera',
  'Asia/Magadan',
  'Asia/Sakhalin',
  'Asia/Srednekolymsk',
  'Asia/Kamchatka',
  'Asia/Anadyr',
  'Asia/Shanghai',
] as const;

/**
 * "UTC+5 · Екатеринбург": the offset and the zone's place from the catalogue (`timeZone.<id>`; browsers'
 * own zone names are either long, "Екатеринбург, стандартное время", and cut in a select on a phone, or
 * untranslated), else the browser's long name, else the id.
 */
export function timeZoneLabel(intl: IntlShape, timeZone: string, now: Date): string {
  const offset = utcOffsetMinutes(timeZone, now);
  const hours = Math.trunc(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  const utc = `UTC${offset < 0 ? '−' : '+'}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
  const key = `timeZone.${timeZone}`;
  if (hasMessage(intl, key)) return `${utc} · ${intl.formatMessage({ id: key })}`;
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat(intl.locale, { timeZone, timeZoneName: 'long' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    name = undefined;
  }
  return `${utc} · ${name && !name.startsWith('GMT') ? name : timeZone}`;
}

/** The zones to offer: the list, plus the current one if it is elsewhere, ordered by offset. */
export function timeZoneOptions(current: string | undefined, now: Date): string[] {
  const zones: string[] = [...userTimeZones];
  if (current && !zones.includes(current)) zones.push(current);
  return zones
    .map((zone, index) => ({ zone, index, offset: utcOffsetMinutes(zone, now) }))
    .sort((a, b) => a.offset - b.offset || a.index - b.index)
    .map(({ zone }) => zone);
}
