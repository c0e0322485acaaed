import SQLite from 'better-sqlite3';
import { type SqliteDatabase, SqliteDialect } from 'kysely';

/**
 * An embedded SQLite file. WAL lets readers work while a write commits; synchronous=NORMAL keeps every
 * commit through an application crash (not a power cut) at about twice FULL's write rate.
 */
export function sqliteDialect(file: string): SqliteDialect {
  const database = new SQLite(file);
  if (file !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // A second process (the CLI beside a running server) waits for the lock instead of failing at once.
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: withStatementCache(database) });
}

/** How many prepared statements each SQLite file keeps: more than the distinct queries Gorod builds. */
const statementCacheSize = 1000;

/**
 * Kysely prepares every query anew, and with better-sqlite3 preparing costs about as much as running
 * a small query. Gorod's queries are built from a fixed set of shapes, so their SQL text repeats:
 * prepared statements are kept by SQL text (least recently used dropped first). Safe because Kysely
 * runs each statement to completion before the next (one connection, a mutex) and Gorod never streams;
 * SQLite re-prepares a kept statement by itself after a migration changes the schema.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= statementCacheSize) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

/** Whether a better-sqlite3 error is a UNIQUE or PRIMARY KEY constraint failure. */
export function isSqliteUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
