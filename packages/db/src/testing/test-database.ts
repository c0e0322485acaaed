import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { createDb, type Db, type DialectName } from '../create-db.js';
import { migrateToLatest } from '../migrate.js';
import { seedDemo } from '../seed/demo.js';
import { seedDirectory } from '../seed/directory.js';
import './provided-context.js';

/** Both dialects every integration case runs on. */
export const dialects: readonly DialectName[] = ['sqlite', 'postgres'];

/** A fresh, empty database of one dialect: a temp file, or a new PostgreSQL database on the run's server. */
export async function createTestDatabaseUrl(dialect: DialectName): Promise<{ url: string; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'gorod-sqlite-'));
    return { url: `sqlite:${join(dir, 'test.db')}`, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const adminUrl = inject('pgAdminUrl');
  const name = `gorod_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestDatabase {
  dialect: DialectName;
  url: string;
  db: Db;
}

export interface TestDatabaseOptions {
  /** Seed the cities directory and the demo forum (default true). */
  seed?: boolean;
}

/**
 * Registers hooks that give this describe block its own migrated (and seeded) database, dropped after.
 * Call inside `describeEachDialect`; read the database in tests through the returned getter.
 */
export function useTestDatabase(dialect: DialectName, options: TestDatabaseOptions = {}): () => TestDatabase {
  let current: (TestDatabase & { drop: () => Promise<void> }) | undefined;
  beforeAll(async () => {
    const { url, drop } = await createTestDatabaseUrl(dialect);
    const db = createDb({ url });
    await migrateToLatest(db);
    if (options.seed ?? true) {
      await seedDirectory(db);
      await seedDemo(db);
    }
    current = { dialect, url, db, drop };
  });
  afterAll(async () => {
    await current?.db.destroy();
    await current?.drop();
  });
  return () => {
    if (!current) throw new Error('The test database is not ready: call it inside a test, not at collection time');
    return current;
  };
}

/** Runs the same block once per dialect: `describeEachDialect('cities', (dialect) => { … })`. */
export function describeEachDialect(name: string, body: (dialect: DialectName) => void): void {
  describe.each(dialects)(`${name} [%s]`, (dialect) => body(dialect));
}
