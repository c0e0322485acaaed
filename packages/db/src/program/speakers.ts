import type { Speaker, SpeakerUpdateInput } from '@gorod/domain';
import type { Db } from '../create-db.js';
import { fromLocalizedOrNull, toLocalized, toLocalizedOrNull } from './json.js';

const speakerColumns = ['id', 'edition_id', 'name', 'position', 'organisation', 'city_id', 'bio', 'photo_url'] as const;

export async function listSpeakers(db: Db, editionId: string): Promise<Speaker[]> {
  const rows = await db.selectFrom('speakers').select(speakerColumns).where('edition_id', '=', editionId).orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    editionId: row.edition_id,
    name: toLocalized(row.name),
    position: toLocalizedOrNull(row.position),
    organisation: toLocalizedOrNull(row.organisation),
    cityId: row.city_id,
    bio: toLocalizedOrNull(row.bio),
    photoUrl: row.photo_url,
  }));
}

export async function insertSpeakers(db: Db, speakers: readonly Speaker[]): Promise<void> {
  if (speakers.length === 0) return;
  await db
    .insertInto('speakers')
    .values(
      speakers.map((s) => ({
        id: s.id,
        edition_id: s.editionId,
        name: JSON.stringify(s.name),
        position: fromLocalizedOrNull(s.position),
        organisation: fromLocalizedOrNull(s.organisation),
        city_id: s.cityId,
        bio: fromLocalizedOrNull(s.bio),
        photo_url: s.photoUrl,
      })),
    )
    .execute();
}

export async function updateSpeaker(db: Db, input: SpeakerUpdateInput): Promise<boolean> {
  const result = await db
    .updateTable('speakers')
    .set({
      ...(input.name && { name: JSON.stringify(input.name) }),
      ...(input.position !== undefined && { position: fromLocalizedOrNull(input.position) }),
      ...(input.organisation !== undefined && { organisation: fromLocalizedOrNull(input.organisation) }),
      ...(input.cityId !== undefined && { city_id: input.cityId }),
      ...(input.bio !== undefined && { bio: fromLocalizedOrNull(input.bio) }),
      ...(input.photoUrl !== undefined && { photo_url: input.photoUrl }),
    })
    .where('id', '=', input.id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
