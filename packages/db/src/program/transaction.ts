import type { Db } from '../create-db.js';

/** Runs `work` in the caller's transaction when there is one, else in a new one, so repositories compose. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
