import type { Track, TrackUpdateInput } from '@gorod/domain';
import type { Db } from '../create-db.js';
import { toLocalized } from './json.js';

export async function listTracks(db: Db, editionId: string): Promise<Track[]> {
  const rows = await db.selectFrom('tracks').select(['id', 'edition_id', 'name']).where('edition_id', '=', editionId).orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, editionId: row.edition_id, name: toLocalized(row.name) }));
}

export async function insertTracks(db: Db, tracks: readonly Track[]): Promise<void> {
  if (tracks.length === 0) return;
  await db
    .insertInto('tracks')
    .values(tracks.map((t) => ({ id: t.id, edition_id: t.editionId, name: JSON.stringify(t.name) })))
    .execute();
}

export async function updateTrack(db: Db, input: TrackUpdateInput): Promise<boolean> {
  const result = await db.updateTable('tracks').set({ name: JSON.stringify(input.name) }).where('id', '=', input.id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
