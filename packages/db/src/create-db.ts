import { Kysely } from 'kysely';
import type { Database } from './database.js';
import { postgresDialect } from './dialects/postgres.js';
import { sqliteDialect } from './dialects/sqlite.js';

export type Db = Kysely<Database>;

export type DialectName = 'sqlite' | 'postgres';

/** Which dialect a database URL names: `postgres://…` or `sqlite:<file>` (also `sqlite::memory:`). */
export function dialectOf(url: string): DialectName {
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  if (url.startsWith('sqlite:')) return 'sqlite';
  throw new Error(`Unsupported database URL "${url}": use postgres://… or sqlite:<file>`);
}

export function createDb(config: { url: string; poolMax?: number }): Db {
  const dialect =
    dialectOf(config.url) === 'postgres'
      ? postgresDialect(config.url, config.poolMax)
      : sqliteDialect(config.url.slice('sqlite:'.length));
  return new Kysely<Database>({ dialect });
}
