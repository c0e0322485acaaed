import { describe, expect, it } from 'vitest';
import { daysUntilStart, editionDayNumber, editionDays, noonOn } from './edition-calendar.js';

const forum = { startDate: '2026-11-27', endDate: '2026-11-28', timeZone: 'Asia/Yekaterinburg' };

describe('the edition calendar', () => {
  it('lists every day of the edition, across a month’s end too', () => {
    expect(editionDays(forum)).toEqual(['2026-11-27', '2026-11-28']);
    expect(editionDays({ ...forum, startDate: '2026-11-30', endDate: '2026-12-02' })).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
  });

  it('counts the days to the opening in the forum’s time zone, not the reader’s', () => {
    // 18:00 UTC on the 26th is 23:00 in Yekaterinburg: one day to go; 20:00 UTC is already the 27th there.
    expect(daysUntilStart(forum, new Date('2026-11-26T18:00:00Z'))).toBe(1);
    expect(daysUntilStart(forum, new Date('2026-11-26T20:00:00Z'))).toBe(0);
    expect(daysUntilStart(forum, new Date('2026-10-28T12:00:00Z'))).toBe(30);
    expect(daysUntilStart(forum, new Date('2026-11-29T12:00:00Z'))).toBe(-2);
  });

  it('numbers the day under way from 1, and none outside the edition', () => {
    expect(editionDayNumber(forum, new Date('2026-11-27T05:00:00Z'))).toBe(1);
    expect(editionDayNumber(forum, new Date('2026-11-28T18:00:00Z'))).toBe(2);
    expect(editionDayNumber(forum, new Date('2026-11-28T19:30:00Z'))).toBeUndefined();
    expect(editionDayNumber(forum, new Date('2026-11-26T12:00:00Z'))).toBeUndefined();
  });

  it('places noon of a date on that date in its zone, east and west of Greenwich', () => {
    expect(noonOn('2026-11-27', 'Asia/Yekaterinburg').toISOString()).toBe('2026-11-27T07:00:00.000Z');
    expect(noonOn('2026-11-27', 'America/Los_Angeles').toISOString()).toBe('2026-11-27T20:00:00.000Z');
  });
});
