import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_cities.js';
import * as m0002 from './0002_forum.js';

/** Every migration, in order. Listed in code, not read from a folder, so a bundled server finds them. */
const migrations: Record<string, Migration> = {
  '0001_cities': m0001,
  '0002_forum': m0002,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
