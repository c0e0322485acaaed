import { type City, CitySchema, type Region, RegionSchema } from '@gorod/domain';
import { z } from 'zod';
import { insertCities, insertRegions } from '../cities/repository.js';
import type { Db } from '../create-db.js';
import cities from './data/cities.json' with { type: 'json' };
import regions from './data/regions.json' with { type: 'json' };

/**
 * The reviewed directory of federal subjects and cities (built by tools/cities-dataset), validated with
 * the domain's schemas on load so a bad edit to the JSON fails loudly rather than seeding nonsense.
 */
export function loadDirectory(): { regions: Region[]; cities: City[] } {
  return {
    regions: z.array(RegionSchema).parse(regions),
    cities: z.array(CitySchema).parse(cities),
  };
}

/** Inserts the directory into an empty database; leaves a database that has one untouched. */
export async function seedDirectory(db: Db): Promise<boolean> {
  const existing = await db.selectFrom('regions').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const directory = loadDirectory();
  await db.transaction().execute(async (trx) => {
    await insertRegions(trx, directory.regions);
    await insertCities(trx, directory.cities);
  });
  return true;
}
