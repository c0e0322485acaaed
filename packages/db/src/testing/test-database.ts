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
  return { url: url.toString(), drop: () => dropDatabase(adminUrl, name) };
}

/**
 * Drops a test database once every connection to it has closed. Never `WITH (FORCE)`: terminating a
 * connection a test still holds fails that test with 57P01 far from its cause. A pool that is still
 * closing gets a few seconds; a connection still open after that is a leak, reported by who holds it.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}"`);
        return;
      } catch (error) {
        // 55006 object_in_use: "database … is being accessed by other users".
        if ((error as { code?: string }).code !== '55006') throw error;
        if (attempt >= 50) {
          const { rows } = await client.query(
            'SELECT pid, application_name, state, left(query, 200) AS query FROM pg_stat_activity WHERE datname = $1',
            [name],
          );
          throw new Error(`Test database ${name} is still in use, so it was not dropped: close every pool on it first. Holders: ${JSON.stringify(rows)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await client.end();
  }
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
  let current: TestDatabase | undefined;
  let opened: Db | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const created = await createTestDatabaseUrl(dialect);
    drop = created.drop;
    const db = createDb({ url: created.url });
    opened = db;
    await migrateToLatest(db);
    if (options.seed ?? true) {
      await seedDirectory(db);
      await seedDemo(db);
    }
    current = { dialect, url: created.url, db };
  });
  // The pool first, even when setting up failed half-way: the database is dropped only once nothing holds it.
  afterAll(async () => {
    try {
      await opened?.destroy();
    } finally {
      await drop?.();
    }
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
