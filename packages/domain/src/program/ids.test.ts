import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstantSchema } from './ids.js';

describe('InstantSchema', () => {
  it('stores every instant in one form, whatever offset or precision it was written with', () => {
    expect(InstantSchema.parse('2026-11-27T10:00:00+05:00')).toBe('2026-11-27T05:00:00.000Z');
    expect(InstantSchema.parse('2026-11-27T05:00:00Z')).toBe('2026-11-27T05:00:00.000Z');
    expect(InstantSchema.parse('2026-11-27T05:00:00.5Z')).toBe('2026-11-27T05:00:00.500Z');
    expect(InstantSchema.parse('2026-11-27T05:00:00.123456Z')).toBe('2026-11-27T05:00:00.123Z');
  });

  it('keeps an instant already in the stored form as it is, and gives the same as a Date round trip', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (date) => {
        const stored = date.toISOString();
        expect(InstantSchema.parse(stored)).toBe(stored);
      }),
    );
  });

  it('refuses dates that look like the stored form but are not on the calendar', () => {
    for (const impossible of [
      '2026-13-01T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-02-29T00:00:00.000Z',
      '2026-11-27T24:00:00.000Z',
      '2026-11-27T23:60:00.000Z',
      '2026-11-27T23:59:60.000Z',
      '2026-11-27 05:00:00.000Z',
    ]) {
      expect(InstantSchema.safeParse(impossible).success, impossible).toBe(false);
    }
    expect(InstantSchema.parse('2028-02-29T00:00:00.000Z')).toBe('2028-02-29T00:00:00.000Z');
  });
});
