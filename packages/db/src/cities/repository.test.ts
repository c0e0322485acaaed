import { describe, expect, it } from 'vitest';
import { describeEachDialect, useTestDatabase } from '../testing/index.js';
import { findCity, listCities, listRegions } from './repository.js';

const query = (input: Partial<Parameters<typeof listCities>[1]> = {}) => ({ limit: 50, ...input });

describeEachDialect('cities repository', (dialect) => {
  const testDb = useTestDatabase(dialect);

  it('finds a city whatever the case, and by its English and Chinese names', async () => {
    const { db } = testDb();
    for (const search of ['ЕКАТЕРИНБУРГ', 'yekaterinBURG', '叶卡捷琳堡']) {
      const page = await listCities(db, query({ search }));
      expect(page.items.map((c) => c.id), search).toContain('yekaterinburg');
    }
  });

  it('treats ё as е in both the query and the names', async () => {
    const { db } = testDb();
    expect((await listCities(db, query({ search: 'королев' }))).items.map((c) => c.id)).toContain('korolyov');
    expect((await listCities(db, query({ search: 'КОРОЛЁВ' }))).items.map((c) => c.id)).toContain('korolyov');
  });

  it('matches % and _ literally instead of as wildcards', async () => {
    const { db } = testDb();
    expect((await listCities(db, query({ search: '%' }))).items).toEqual([]);
    expect((await listCities(db, query({ search: '_' }))).items).toEqual([]);
  });

  it('pages through every city exactly once, largest first', async () => {
    const { db } = testDb();
    const all = await listCities(db, query({ limit: 100 }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCities(db, query({ limit: 3, cursor }));
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const everyId = new Set<string>();
    let next: string | undefined;
    do {
      const page = await listCities(db, query({ limit: 100, cursor: next }));
      for (const c of page.items) everyId.add(c.id);
      next = page.nextCursor ?? undefined;
    } while (next);
    expect(seen).toHaveLength(everyId.size);
    expect(new Set(seen)).toEqual(everyId);
    const populations = all.items.map((c) => c.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('filters by region, by federal district and by country', async () => {
    const { db } = testDb();
    const sverdlovsk = await listCities(db, query({ region: 'RU-SVE', limit: 2 }));
    expect(sverdlovsk.total).toBeGreaterThan(2);
    expect(sverdlovsk.items).toHaveLength(2);
    expect(sverdlovsk.items.map((c) => c.id)).toContain('yekaterinburg');
    expect((await listCities(db, query({ country: 'CN' }))).total).toBe(1);
    expect(sverdlovsk.items.every((c) => c.regionId === 'RU-SVE')).toBe(true);
    const ural = await listCities(db, query({ federalDistrict: 'ural', limit: 100 }));
    expect(ural.items.map((c) => c.id)).toEqual(expect.arrayContaining(['yekaterinburg']));
    expect(ural.items.map((c) => c.id)).not.toContain('moscow');
    const china = await listCities(db, query({ country: 'CN' }));
    expect(china.items.map((c) => c.id)).toEqual(['dalian']);
  });

  it('returns a city with its names, zone and coordinates as stored', async () => {
    const { db } = testDb();
    const city = await findCity(db, 'yekaterinburg');
    expect(city).toMatchObject({
      id: 'yekaterinburg',
      regionId: 'RU-SVE',
      country: 'RU',
      name: { ru: 'Екатеринбург', en: 'Yekaterinburg', zh: '叶卡捷琳堡' },
      timeZone: 'Asia/Yekaterinburg',
      isAdministrativeCentre: true,
    });
    expect(city?.coordinates.latitude).toBeCloseTo(56.84, 1);
    expect(await findCity(db, 'atlantis')).toBeUndefined();
  });

  it('lists regions with their federal district', async () => {
    const { db } = testDb();
    const regions = await listRegions(db);
    expect(regions.find((r) => r.id === 'RU-SVE')).toMatchObject({ federalDistrict: 'ural', capitalCityId: 'yekaterinburg' });
    expect(regions.find((r) => r.id === 'CN-LN')).toMatchObject({ federalDistrict: null, country: 'CN' });
  });
});

describe('cursor', () => {
  it('is refused when tampered with', async () => {
    const { decodeCursor } = await import('../cursor.js');
    expect(() => decodeCursor('not-a-cursor', ['number', 'string'] as const)).toThrowError(/cursor/);
  });
});
