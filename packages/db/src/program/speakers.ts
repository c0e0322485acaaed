import type { Speaker, SpeakerAccount, SpeakerUpdateInput } from '@gorod/domain';
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

/** Inserts speakers, each linked to a person account when `userId` is given (organizers' link). */
export async function insertSpeakers(db: Db, speakers: readonly (Speaker & { userId?: string | null })[]): Promise<void> {
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
        user_id: s.userId ?? null,
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
      ...(input.userId !== undefined && { user_id: input.userId }),
    })
    .where('id', '=', input.id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The edition's speakers linked to person accounts, with each person's name and email: the editor's view. */
export async function speakerAccounts(db: Db, editionId: string): Promise<SpeakerAccount[]> {
  const rows = await db
    .selectFrom('speakers')
    .innerJoin('users', 'users.id', 'speakers.user_id')
    .select(['speakers.id as speaker_id', 'users.id as user_id', 'users.name', 'users.email'])
    .where('speakers.edition_id', '=', editionId)
    .orderBy('speakers.id')
    .execute();
  return rows.map((row) => ({ speakerId: row.speaker_id, user: { id: row.user_id, name: row.name, email: row.email } }));
}

/** The speaker of the edition a person is linked to, other than `exceptSpeakerId`: one speaker per person. */
export async function speakerLinkedTo(db: Db, editionId: string, userId: string, exceptSpeakerId?: string): Promise<string | undefined> {
  let query = db.selectFrom('speakers').select('id').where('edition_id', '=', editionId).where('user_id', '=', userId);
  if (exceptSpeakerId !== undefined) query = query.where('id', '!=', exceptSpeakerId);
  return (await query.executeTakeFirst())?.id;
}

/** The ids of the speakers linked to a person, in every edition. */
export async function speakerIdsOfUser(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('speakers').select('id').where('user_id', '=', userId).orderBy('id').execute();
  return rows.map((row) => row.id);
}

/** The person accounts linked to a session's speakers (unlinked speakers have none). */
export async function speakerUserIdsOfSession(db: Db, sessionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('program_session_speakers')
    .innerJoin('speakers', 'speakers.id', 'program_session_speakers.speaker_id')
    .select('speakers.user_id')
    .where('program_session_speakers.session_id', '=', sessionId)
    .where('speakers.user_id', 'is not', null)
    .execute();
  return rows.flatMap((row) => (row.user_id ? [row.user_id] : []));
}
