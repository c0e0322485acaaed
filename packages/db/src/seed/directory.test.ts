import { describe, expect, it } from 'vitest';
import { loadDirectory } from './directory.js';

// The committed dataset itself, checked on every run: a hand edit that breaks it fails here.
describe('the cities directory dataset', () => {
  const { regions, cities } = loadDirectory();
  const regionIds = new Set(regions.map((r) => r.id));

  it('gives every city a region that exists, and unique ids', () => {
    expect(new Set(cities.map((c) => c.id)).size).toBe(cities.length);
    expect(cities.filter((c) => !regionIds.has(c.regionId))).toEqual([]);
  });

  it('names for every Russian region its administrative centre', () => {
    const centres = new Map(cities.filter((c) => c.isAdministrativeCentre).map((c) => [c.id, c]));
    for (const region of regions.filter((r) => r.country === 'RU')) {
      expect(centres.get(region.capitalCityId ?? '')?.regionId, region.id).toBe(region.id);
    }
  });

  it('uses only time zones this runtime knows', () => {
    const zones = new Set([...regions, ...cities].map((x) => x.timeZone));
    for (const zone of zones) expect(() => new Intl.DateTimeFormat('ru', { timeZone: zone })).not.toThrow();
  });

  it('keeps Yekaterinburg off Moscow time and has the partner city Dalian', () => {
    expect(cities.find((c) => c.id === 'yekaterinburg')?.timeZone).toBe('Asia/Yekaterinburg');
    expect(cities.find((c) => c.id === 'dalian')).toMatchObject({ regionId: 'CN-LN', name: { zh: '大连' } });
  });

  it('writes Chinese names without placeholders or Cyrillic', () => {
    const names = [...regions, ...cities].map((x) => x.name.zh).filter((n): n is string => !!n);
    expect(names.filter((n) => /[а-яё]|^-$/i.test(n))).toEqual([]);
  });
});
