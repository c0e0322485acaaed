import {
  type City,
  type CityListQuery,
  type CityPage,
  LocalizedNameSchema,
  normalizeSearchText,
  type Region,
  RegionSchema,
} from '@gorod/domain';
import type { Selectable } from 'kysely';
import type { Db } from '../create-db.js';
import { parseJsonColumn } from '../json-column.js';
import { foldedContains } from '../like.js';
import { paginate } from '../paginate.js';
import type { CitiesTable, RegionsTable } from './tables.js';

export const regionColumns = ['id', 'iso_code', 'country', 'federal_district', 'name', 'time_zone', 'capital_city_id'] as const;
export const cityColumns = [
  'cities.id',
  'cities.region_id',
  'cities.country',
  'cities.name',
  'cities.population',
  'cities.time_zone',
  'cities.latitude',
  'cities.longitude',
  'cities.is_administrative_centre',
] as const;

/**
 * A city's region selected beside the city's own columns (`cityColumns`, which bring `region_id`): both
 * tables have `id`, `name`, `country` and `time_zone`, so the region's columns come under `region_` names.
 */
export const joinedRegionColumns = [
  'regions.iso_code as region_iso_code',
  'regions.country as region_country',
  'regions.federal_district as region_federal_district',
  'regions.name as region_name',
  'regions.time_zone as region_time_zone',
  'regions.capital_city_id as region_capital_city_id',
] as const;

type RegionRow = Selectable<RegionsTable>;
type JoinedRegionRow = {
  region_id: RegionRow['id'];
  region_iso_code: RegionRow['iso_code'];
  region_country: RegionRow['country'];
  region_federal_district: RegionRow['federal_district'];
  region_name: RegionRow['name'];
  region_time_zone: RegionRow['time_zone'];
  region_capital_city_id: RegionRow['capital_city_id'];
};

/** The region of a row that selected `cityColumns` and `joinedRegionColumns`. */
export function toJoinedRegion(row: JoinedRegionRow): Region {
  return toRegion({
    id: row.region_id,
    iso_code: row.region_iso_code,
    country: row.region_country,
    federal_district: row.region_federal_district,
    name: row.region_name,
    time_zone: row.region_time_zone,
    capital_city_id: row.region_capital_city_id,
  });
}

export function toRegion(row: Pick<Selectable<RegionsTable>, (typeof regionColumns)[number]>): Region {
  return {
    id: row.id,
    isoCode: row.iso_code,
    country: row.country,
    federalDistrict: RegionSchema.shape.federalDistrict.parse(row.federal_district),
    name: parseJsonColumn(LocalizedNameSchema, row.name),
    timeZone: row.time_zone,
    capitalCityId: row.capital_city_id,
  };
}

type CityRow = Omit<Selectable<CitiesTable>, 'search_text'>;

export function toCity(row: CityRow): City {
  return {
    id: row.id,
    regionId: row.region_id,
    country: row.country,
    name: parseJsonColumn(LocalizedNameSchema, row.name),
    population: row.population,
    timeZone: row.time_zone,
    coordinates: { latitude: row.latitude, longitude: row.longitude },
    isAdministrativeCentre: row.is_administrative_centre === 1,
  };
}

export async function listRegions(db: Db): Promise<Region[]> {
  const rows = await db.selectFrom('regions').select(regionColumns).orderBy('id').execute();
  return rows.map(toRegion);
}

/** A page of cities, largest first (ties by id), filtered by name, region, district or country. */
export async function listCities(db: Db, query: CityListQuery): Promise<CityPage> {
  let matching = db.selectFrom('cities');
  // Folded names compare alike on both dialects: SQLite's lower() and LIKE know only ASCII case.
  if (query.search?.trim()) matching = matching.where(foldedContains('cities.search_text', query.search));
  if (query.region) matching = matching.where('cities.region_id', '=', query.region);
  if (query.country) matching = matching.where('cities.country', '=', query.country);
  if (query.federalDistrict) {
    const district = query.federalDistrict;
    matching = matching.where('cities.region_id', 'in', (eb) =>
      eb.selectFrom('regions').select('regions.id').where('regions.federal_district', '=', district),
    );
  }
  return paginate(
    matching.select(cityColumns),
    query,
    [
      { column: 'cities.population', direction: 'desc', kind: 'number', value: (row) => row.population },
      { column: 'cities.id', direction: 'asc', kind: 'string', value: (row) => row.id },
    ],
    (rows) => rows.map(toCity),
  );
}

export async function findCity(db: Db, id: string): Promise<City | undefined> {
  const row = await db.selectFrom('cities').select(cityColumns).where('cities.id', '=', id).executeTakeFirst();
  return row && toCity(row);
}

export async function insertRegions(db: Db, regions: readonly Region[]): Promise<void> {
  if (regions.length === 0) return;
  await db
    .insertInto('regions')
    .values(
      regions.map((r) => ({
        id: r.id,
        iso_code: r.isoCode,
        country: r.country,
        federal_district: r.federalDistrict,
        name: JSON.stringify(r.name),
        time_zone: r.timeZone,
        capital_city_id: r.capitalCityId,
      })),
    )
    .execute();
}

export async function insertCities(db: Db, cities: readonly City[]): Promise<void> {
  // SQLite caps bound parameters per statement; 100 rows × 11 columns stays well under it.
  for (let i = 0; i < cities.length; i += 100) {
    await db
      .insertInto('cities')
      .values(
        cities.slice(i, i + 100).map((c) => ({
          id: c.id,
          region_id: c.regionId,
          country: c.country,
          name: JSON.stringify(c.name),
          search_text: normalizeSearchText([c.name.ru, c.name.en, c.name.zh, c.id].filter(Boolean).join(' | ')),
          population: c.population,
          time_zone: c.timeZone,
          latitude: c.coordinates.latitude,
          longitude: c.coordinates.longitude,
          is_administrative_centre: c.isAdministrativeCentre ? 1 : 0,
        })),
      )
      .execute();
  }
}

/** Every city's id and time zone: checking a whole file of city ids costs one query. */
export async function listCityZones(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('cities').select(['id', 'time_zone']).execute();
  return new Map(rows.map((row) => [row.id, row.time_zone]));
}
