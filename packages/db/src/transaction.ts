import { sql } from 'kysely';
import type { Db } from './create-db.js';

/**
 * Runs `work` so that, if it throws, only what it wrote is undone and the caller's transaction goes on
 * (a retry after a lost race, inside a mutation's transaction). Outside a transaction it opens one.
 * Plain SQL savepoints: the same statements on SQLite and PostgreSQL.
 */
export async function inSavepoint<T>(db: Db, name: string, work: (trx: Db) => Promise<T>): Promise<T> {
  if (!db.isTransaction) return db.transaction().execute(work);
  await sql`savepoint ${sql.id(name)}`.execute(db);
  try {
    const result = await work(db);
    await sql`release savepoint ${sql.id(name)}`.execute(db);
    return result;
  } catch (error) {
    await sql`rollback to savepoint ${sql.id(name)}`.execute(db);
    throw error;
  }
}
