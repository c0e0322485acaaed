import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cityLocalTime, utcOffsetMinutes } from './local-time.js';

describe('cityLocalTime', () => {
  const instant = new Date('2026-11-27T05:00:00Z');

  it('shows the wall clock of the city’s own zone', () => {
    expect(cityLocalTime({ timeZone: 'Asia/Yekaterinburg' }, instant)).toBe('10:00');
    expect(cityLocalTime({ timeZone: 'Europe/Moscow' }, instant)).toBe('08:00');
    expect(cityLocalTime({ timeZone: 'Asia/Shanghai' }, instant)).toBe('13:00');
    expect(cityLocalTime({ timeZone: 'Asia/Kamchatka' }, instant)).toBe('17:00');
  });

  test.prop([fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })])(
    'agrees with the zone’s UTC offset at every instant',
    (now) => {
      const offset = utcOffsetMinutes('Asia/Yekaterinburg', now);
      const shifted = new Date(now.getTime() + offset * 60_000);
      const expected = `${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`;
      expect(cityLocalTime({ timeZone: 'Asia/Yekaterinburg' }, now)).toBe(expected);
    },
  );
});

describe('utcOffsetMinutes', () => {
  it('knows Russia has no daylight saving time and Yekaterinburg is UTC+5', () => {
    expect(utcOffsetMinutes('Asia/Yekaterinburg', new Date('2026-01-15T12:00:00Z'))).toBe(300);
    expect(utcOffsetMinutes('Asia/Yekaterinburg', new Date('2026-07-15T12:00:00Z'))).toBe(300);
  });
});
