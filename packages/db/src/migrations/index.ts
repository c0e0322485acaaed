import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_cities.js';
import * as m0002 from './0002_forum.js';
import * as m0003 from './0003_people.js';
import * as m0004 from './0004_trusted_devices.js';
import * as m0005 from './0005_mail_secrets.js';
import * as m0006 from './0006_program.js';
import * as m0007 from './0007_program_version.js';
import * as m0008 from './0008_delegation_members.js';
import * as m0009 from './0009_courses.js';
import * as m0010 from './0010_uploads.js';

/** Every migration, in order. Listed in code, not read from a folder, so a bundled server finds them. */
const migrations: Record<string, Migration> = {
  '0001_cities': m0001,
  '0002_forum': m0002,
  '0003_people': m0003,
  '0004_trusted_devices': m0004,
  '0005_mail_secrets': m0005,
  '0006_program': m0006,
  '0007_program_version': m0007,
  '0008_delegation_members': m0008,
  '0009_courses': m0009,
  '0010_uploads': m0010,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
