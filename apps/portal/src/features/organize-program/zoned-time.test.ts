import { describe, expect, it } from 'vitest';
import { instantToZoned, zonedToInstant } from './zoned-time';

describe('the forum clock in the program editor', () => {
  it('turns 10:00 in Yekaterinburg into 05:00 UTC and back', () => {
    expect(zonedToInstant('2026-11-27', '10:00', 'Asia/Yekaterinburg')).toBe('2026-11-27T05:00:00.000Z');
    expect(instantToZoned('2026-11-27T05:00:00.000Z', 'Asia/Yekaterinburg')).toEqual({ date: '2026-11-27', time: '10:00' });
  });

  it('reads a wall clock across a daylight-saving change in the zone of that day', () => {
    expect(zonedToInstant('2026-07-01', '09:30', 'Europe/Berlin')).toBe('2026-07-01T07:30:00.000Z');
    expect(zonedToInstant('2026-12-01', '09:30', 'Europe/Berlin')).toBe('2026-12-01T08:30:00.000Z');
  });
});
