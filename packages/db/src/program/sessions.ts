import {
  InterpretationSchema,
  LocaleSchema,
  type Room,
  RegistrationModeSchema,
  type Session,
  SessionKindSchema,
  SessionStatusSchema,
  type SessionUpdateInput,
  type Speaker,
  type Track,
} from '@gorod/domain';
import { z } from 'zod';
import type { Db } from '../create-db.js';
import type { ProgramSessionsTable } from './tables.js';
import { fromLocalizedOrNull, parseJsonColumn, toLocalized, toLocalizedOrNull } from './json.js';
import { listRooms } from './rooms.js';
import { listSpeakers } from './speakers.js';
import { listTracks } from './tracks.js';

const sessionColumns = [
  'id',
  'edition_id',
  'kind',
  'title',
  'description',
  'starts_at',
  'ends_at',
  'room_id',
  'languages',
  'interpretation',
  'capacity',
  'registration',
  'partner_city_id',
  'status',
  'version',
] as const;

type SessionRow = Pick<ProgramSessionsTable, (typeof sessionColumns)[number]>;

function toSession(row: SessionRow, trackIds: string[], speakerIds: string[]): Session {
  return {
    id: row.id,
    editionId: row.edition_id,
    kind: SessionKindSchema.parse(row.kind),
    title: toLocalized(row.title),
    description: toLocalizedOrNull(row.description),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    roomId: row.room_id,
    trackIds,
    speakerIds,
    languages: parseJsonColumn(z.array(LocaleSchema), row.languages),
    interpretation: parseJsonColumn(z.array(InterpretationSchema), row.interpretation),
    capacity: row.capacity,
    registration: RegistrationModeSchema.parse(row.registration),
    partnerCityId: row.partner_city_id,
    status: SessionStatusSchema.parse(row.status),
    version: Number(row.version),
  };
}

/** Sessions with their tracks and speakers in three statements, whatever their number. */
async function sessionsWhere(db: Db, where: { editionId: string } | { ids: readonly string[] }): Promise<Session[]> {
  if ('ids' in where && where.ids.length === 0) return [];
  let select = db.selectFrom('program_sessions').select(sessionColumns);
  select = 'ids' in where ? select.where('id', 'in', where.ids) : select.where('edition_id', '=', where.editionId);
  const rows = await select.orderBy('starts_at').orderBy('id').execute();
  const ids = rows.map((row) => row.id);
  if ('ids' in where && ids.length === 0) return [];
  const editionSessions = (editionId: string) => db.selectFrom('program_sessions').select('id').where('edition_id', '=', editionId);
  const [tracks, speakers] = await Promise.all([
    db
      .selectFrom('program_session_tracks')
      .select(['session_id', 'track_id'])
      .where('session_id', 'in', 'ids' in where ? ids : editionSessions(where.editionId))
      .orderBy('track_id')
      .execute(),
    db
      .selectFrom('program_session_speakers')
      .select(['session_id', 'speaker_id'])
      .where('session_id', 'in', 'ids' in where ? ids : editionSessions(where.editionId))
      .orderBy('ordinal')
      .execute(),
  ]);
  const group = (links: readonly { session_id: string; linked: string }[]) => {
    const bySession = new Map<string, string[]>();
    for (const link of links) bySession.set(link.session_id, [...(bySession.get(link.session_id) ?? []), link.linked]);
    return bySession;
  };
  const trackIds = group(tracks.map((l) => ({ session_id: l.session_id, linked: l.track_id })));
  const speakerIds = group(speakers.map((l) => ({ session_id: l.session_id, linked: l.speaker_id })));
  return rows.map((row) => toSession(row, trackIds.get(row.id) ?? [], speakerIds.get(row.id) ?? []));
}

export function listSessions(db: Db, editionId: string): Promise<Session[]> {
  return sessionsWhere(db, { editionId });
}

export function sessionsByIds(db: Db, ids: readonly string[]): Promise<Session[]> {
  return sessionsWhere(db, { ids });
}

export async function findProgramSession(db: Db, id: string): Promise<Session | undefined> {
  return (await sessionsWhere(db, { ids: [id] }))[0];
}

export interface Program {
  rooms: Room[];
  tracks: Track[];
  speakers: Speaker[];
  sessions: Session[];
}

/**
 * The whole program of an edition — sessions, rooms, tracks and speakers — in six statements whatever
 * the number of sessions (no query per session), so the public program stays one cheap read.
 */
export async function readProgram(db: Db, editionId: string): Promise<Program> {
  const [rooms, tracks, speakers, sessions] = await Promise.all([
    listRooms(db, editionId),
    listTracks(db, editionId),
    listSpeakers(db, editionId),
    listSessions(db, editionId),
  ]);
  return { rooms, tracks, speakers, sessions };
}

async function writeLinks(db: Db, sessionId: string, trackIds: readonly string[] | undefined, speakerIds: readonly string[] | undefined) {
  if (trackIds) {
    await db.deleteFrom('program_session_tracks').where('session_id', '=', sessionId).execute();
    if (trackIds.length > 0) await db.insertInto('program_session_tracks').values(trackIds.map((track_id) => ({ session_id: sessionId, track_id }))).execute();
  }
  if (speakerIds) {
    await db.deleteFrom('program_session_speakers').where('session_id', '=', sessionId).execute();
    if (speakerIds.length > 0) {
      await db
        .insertInto('program_session_speakers')
        .values(speakerIds.map((speaker_id, ordinal) => ({ session_id: sessionId, speaker_id, ordinal })))
        .execute();
    }
  }
}

/** Inserts sessions with their track and speaker links. Run it in a transaction: it writes several tables. */
export async function insertSessions(db: Db, sessions: readonly Session[]): Promise<void> {
  if (sessions.length === 0) return;
  // Chunks keep each statement under SQLite's and PostgreSQL's bound-parameter limits.
  for (let i = 0; i < sessions.length; i += 100) {
    const chunk = sessions.slice(i, i + 100);
    await db
      .insertInto('program_sessions')
      .values(
        chunk.map((s) => ({
          id: s.id,
          edition_id: s.editionId,
          kind: s.kind,
          title: JSON.stringify(s.title),
          description: fromLocalizedOrNull(s.description),
          starts_at: s.startsAt,
          ends_at: s.endsAt,
          room_id: s.roomId,
          languages: JSON.stringify(s.languages),
          interpretation: JSON.stringify(s.interpretation),
          capacity: s.capacity,
          registration: s.registration,
          partner_city_id: s.partnerCityId,
          status: s.status,
          version: s.version,
          arrival_counter: 0,
        })),
      )
      .execute();
    const tracks = chunk.flatMap((s) => s.trackIds.map((track_id) => ({ session_id: s.id, track_id })));
    if (tracks.length > 0) await db.insertInto('program_session_tracks').values(tracks).execute();
    const speakers = chunk.flatMap((s) => s.speakerIds.map((speaker_id, ordinal) => ({ session_id: s.id, speaker_id, ordinal })));
    if (speakers.length > 0) await db.insertInto('program_session_speakers').values(speakers).execute();
  }
}

/**
 * Applies changes to a session, marks it `changed` and raises its version (the iCalendar SEQUENCE), so
 * calendars replace their copy. Run it in a transaction. False when there is no such session.
 */
export async function updateSession(db: Db, input: SessionUpdateInput): Promise<boolean> {
  const result = await db
    .updateTable('program_sessions')
    .set((eb) => ({
      ...(input.kind && { kind: input.kind }),
      ...(input.title && { title: JSON.stringify(input.title) }),
      ...(input.description !== undefined && { description: fromLocalizedOrNull(input.description) }),
      ...(input.startsAt && { starts_at: input.startsAt }),
      ...(input.endsAt && { ends_at: input.endsAt }),
      ...(input.roomId && { room_id: input.roomId }),
      ...(input.languages && { languages: JSON.stringify(input.languages) }),
      ...(input.interpretation && { interpretation: JSON.stringify(input.interpretation) }),
      ...(input.capacity !== undefined && { capacity: input.capacity }),
      ...(input.registration && { registration: input.registration }),
      ...(input.partnerCityId !== undefined && { partner_city_id: input.partnerCityId }),
      status: 'changed',
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.id)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await writeLinks(db, input.id, input.trackIds, input.speakerIds);
  return true;
}

/** Cancels a session and raises its version, so feeds turn its event CANCELLED. False when none or already cancelled. */
export async function cancelSession(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable('program_sessions')
    .set((eb) => ({ status: 'cancelled', version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
