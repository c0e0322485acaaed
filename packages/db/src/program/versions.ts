import type { Db } from '../create-db.js';

/** Raises an edition's program version: call it in the transaction of every change to the program. */
export async function bumpProgramVersion(db: Db, editionId: string): Promise<void> {
  await db
    .insertInto('program_versions')
    .values({ edition_id: editionId, version: 1 })
    .onConflict((oc) => oc.column('edition_id').doUpdateSet((eb) => ({ version: eb('program_versions.version', '+', 1) })))
    .execute();
}

/** The edition's program version in one indexed read; 0 while the program was never changed (as seeded). */
export async function programVersion(db: Db, editionId: string): Promise<number> {
  const row = await db.selectFrom('program_versions').select('version').where('edition_id', '=', editionId).executeTakeFirst();
  return Number(row?.version ?? 0);
}
