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

/** Every edition's program version in one read (editions never changed are absent: their version is 0). */
export async function allProgramVersions(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('program_versions').select(['edition_id', 'version']).execute();
  return new Map(rows.map((row) => [row.edition_id, Number(row.version)]));
}
