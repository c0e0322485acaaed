import SQLite from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

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
  return new SqliteDialect({ database });
}

/** Whether a better-sqlite3 error is a UNIQUE or PRIMARY KEY constraint failure. */
export function isSqliteUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
