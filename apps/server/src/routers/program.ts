import {
  bumpProgramVersion,
  cancelSession,
  confirmedCounts,
  courseOfClassSession,
  type Db,
  editionOfProgramItem,
  findProgramSession,
  findRoom,
  insertRooms,
  insertSessions,
  insertSpeakers,
  insertTracks,
  listRooms,
  listSpeakers,
  listTracks,
  readProgram,
  updateRoom,
  updateSession,
  updateSpeaker,
  updateTrack,
} from '@gorod/db';
import {
  GorodError,
  issue,
  matchesProgramFilters,
  notFound,
  ProgramFiltersSchema,
  ProgramIdInputSchema,
  type Room,
  RoomCreateInputSchema,
  RoomUpdateInputSchema,
  type Session,
  SessionCreateInputSchema,
  SessionUpdateInputSchema,
  seatsLeft,
  type Speaker,
  SpeakerCreateInputSchema,
  SpeakerUpdateInputSchema,
  type Track,
  TrackCreateInputSchema,
  TrackUpdateInputSchema,
} from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';
import { currentEdition, editedSessionProcedure, editionById, organizerProcedure } from '../procedures/program.js';
import { tellRegistrants } from '../program/notify.js';
import { assertKnownCity } from '../program/known-city.js';
import { assertSessionFits } from '../program/validate-session.js';
import { publicProcedure, router } from '../trpc.js';

/** A session as the public program lists it: `seatsLeft` null for sessions people just walk into. */
export type ProgramSessionItem = Session & { seatsLeft: number | null };

/** One session's page: its room, speakers and tracks, seats left and, for a course class, its course. */
export type ProgramSessionDetail = ProgramSessionItem & {
  room: Room;
  speakers: Speaker[];
  tracks: Track[];
  /** The course a class belongs to (whose newest published version holds it); null for other sessions. */
  courseId: string | null;
};

const seatsOf = (session: Session, room: Room | undefined, confirmed: number) =>
  session.registration === 'open' || !room ? null : seatsLeft(session, room, confirmed);

const cancelledSession = () =>
  new GorodError('CONFLICT', 'This session is cancelled and can no longer change', [issue(['id'], 'cancelled', 'This session is cancelled')]);

const sessionsRouter = router({
  /**
   * The current edition's sessions passing the filters (all optional, as is the input), by start time. The program is read
   * in a constant number of statements and filtered in memory by the same rule the portal uses, which for
   * a forum's few hundred sessions is faster than folding three languages' text in SQL.
   */
  list: publicProcedure.input(ProgramFiltersSchema.optional()).query(async ({ ctx, input = {} }): Promise<ProgramSessionItem[]> => {
    const edition = await currentEdition(ctx.db, ctx.now());
    const [program, confirmed] = await Promise.all([readProgram(ctx.db, edition.id), confirmedCounts(ctx.db, edition.id)]);
    const speakers = new Map(program.speakers.map((s) => [s.id, s]));
    const rooms = new Map(program.rooms.map((r) => [r.id, r]));
    return program.sessions
      .filter((s) => matchesProgramFilters(s, input, speakers, edition.timeZone))
      .map((s) => ({ ...s, seatsLeft: seatsOf(s, rooms.get(s.roomId), confirmed.get(s.id) ?? 0) }));
  }),

  get: publicProcedure.input(ProgramIdInputSchema).query(async ({ ctx, input }): Promise<ProgramSessionDetail> => {
    const session = await findProgramSession(ctx.db, input.id);
    if (!session) throw notFound('session', ['id']);
    const [room, speakers, tracks, confirmed, courseId] = await Promise.all([
      findRoom(ctx.db, session.roomId),
      listSpeakers(ctx.db, session.editionId),
      listTracks(ctx.db, session.editionId),
      confirmedCounts(ctx.db, session.editionId),
      session.kind === 'course_class' ? courseOfClassSession(ctx.db, session.id) : null,
    ]);
    if (!room) throw new GorodError('INTERNAL', `Session ${session.id} has no room`);
    const byId = <T extends { id: string }>(items: T[], ids: string[]) => ids.flatMap((id) => items.find((i) => i.id === id) ?? []);
    return {
      ...session,
      seatsLeft: seatsOf(session, room, confirmed.get(session.id) ?? 0),
      room,
      speakers: byId(speakers, session.speakerIds),
      tracks: byId(tracks, session.trackIds),
      courseId,
    };
  }),

  /** Adds a session; refuses a double-booked room or speaker and a time outside the edition's days. */
  create: organizerProcedure.input(SessionCreateInputSchema).mutation(async ({ ctx, input }): Promise<Session> => {
    const edition = await editionById(ctx.db, input.editionId);
    const session: Session = { ...input, id: uuidv7(), status: 'scheduled', version: 1 };
    await assertSessionFits(ctx.db, edition, session);
    await insertSessions(ctx.db, [session]);
    await bumpProgramVersion(ctx.db, edition.id);
    return session;
  }),

  /**
   * Changes a session: it turns `changed`, its version (the calendar SEQUENCE) rises, and everyone
   * registered or waiting is told by mail in the same transaction.
   */
  update: editedSessionProcedure(SessionUpdateInputSchema).mutation(async ({ ctx, input }): Promise<Session> => {
    const before = ctx.programSession;
    if (before.status === 'cancelled') throw cancelledSession();
    const edition = await editionById(ctx.db, before.editionId);
    const { id: _id, ...changes } = input;
    // Nothing to change: nothing is written, nobody is told, the version stays.
    if (Object.values(changes).every((v) => v === undefined)) return before;
    const merged = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as Session;
    if (merged.startsAt >= merged.endsAt) {
      throw new GorodError('INVALID_INPUT', 'A session ends after it starts', [issue(['endsAt'], 'ends_before_start', 'A session ends after it starts')]);
    }
    await assertSessionFits(ctx.db, edition, merged);
    await updateSession(ctx.db, input);
    await bumpProgramVersion(ctx.db, edition.id);
    const after = await findProgramSession(ctx.db, before.id);
    if (!after) throw notFound('session', ['id']);
    await tellRegistrants(ctx.db, ctx.now(), ctx.publicUrl, after, 'changed');
    return after;
  }),

  /** Cancels a session: feeds show it CANCELLED with a higher SEQUENCE, and its registrants are told. */
  cancel: editedSessionProcedure(ProgramIdInputSchema).mutation(async ({ ctx }): Promise<Session> => {
    const session = ctx.programSession;
    if (!(await cancelSession(ctx.db, session.id))) throw cancelledSession();
    await bumpProgramVersion(ctx.db, session.editionId);
    await tellRegistrants(ctx.db, ctx.now(), ctx.publicUrl, session, 'cancelled');
    return { ...session, status: 'cancelled', version: session.version + 1 };
  }),
});

/**
 * Changes a room, track or speaker and raises the program's version; NOT_FOUND naming `id` for none.
 * An input with nothing to change (only the id) changes nothing and answers the record as it is.
 */
async function updateItem(db: Db, table: 'rooms' | 'tracks' | 'speakers', input: { id: string }, update: () => Promise<boolean>) {
  const editionId = await editionOfProgramItem(db, table, input.id);
  if (!editionId) throw notFound(table.slice(0, -1), ['id']);
  if (Object.values(input).filter((v) => v !== undefined).length <= 1) return;
  await update();
  await bumpProgramVersion(db, editionId);
}

const roomsRouter = router({
  list: publicProcedure.query(async ({ ctx }): Promise<Room[]> => listRooms(ctx.db, (await currentEdition(ctx.db, ctx.now())).id)),
  create: organizerProcedure.input(RoomCreateInputSchema).mutation(async ({ ctx, input }): Promise<Room> => {
    const room: Room = { id: uuidv7(), ...input, editionId: (await editionById(ctx.db, input.editionId)).id };
    await insertRooms(ctx.db, [room]);
    await bumpProgramVersion(ctx.db, room.editionId);
    return room;
  }),
  update: organizerProcedure.input(RoomUpdateInputSchema).mutation(async ({ ctx, input }): Promise<Room> => {
    await updateItem(ctx.db, 'rooms', input, () => updateRoom(ctx.db, input));
    const room = await findRoom(ctx.db, input.id);
    if (!room) throw notFound('room', ['id']);
    return room;
  }),
});

const tracksRouter = router({
  list: publicProcedure.query(async ({ ctx }): Promise<Track[]> => listTracks(ctx.db, (await currentEdition(ctx.db, ctx.now())).id)),
  create: organizerProcedure.input(TrackCreateInputSchema).mutation(async ({ ctx, input }): Promise<Track> => {
    const track: Track = { id: uuidv7(), ...input, editionId: (await editionById(ctx.db, input.editionId)).id };
    await insertTracks(ctx.db, [track]);
    await bumpProgramVersion(ctx.db, track.editionId);
    return track;
  }),
  update: organizerProcedure.input(TrackUpdateInputSchema).mutation(async ({ ctx, input }): Promise<Track> => {
    await updateItem(ctx.db, 'tracks', input, () => updateTrack(ctx.db, input));
    const editionId = (await editionOfProgramItem(ctx.db, 'tracks', input.id)) ?? '';
    const track = (await listTracks(ctx.db, editionId)).find((t) => t.id === input.id);
    if (!track) throw notFound('track', ['id']);
    return track;
  }),
});

const speakersRouter = router({
  list: publicProcedure.query(async ({ ctx }): Promise<Speaker[]> => listSpeakers(ctx.db, (await currentEdition(ctx.db, ctx.now())).id)),
  create: organizerProcedure.input(SpeakerCreateInputSchema).mutation(async ({ ctx, input }): Promise<Speaker> => {
    await assertKnownCity(ctx.db, input.cityId, ['cityId']);
    const speaker: Speaker = { id: uuidv7(), ...input, editionId: (await editionById(ctx.db, input.editionId)).id };
    await insertSpeakers(ctx.db, [speaker]);
    await bumpProgramVersion(ctx.db, speaker.editionId);
    return speaker;
  }),
  update: organizerProcedure.input(SpeakerUpdateInputSchema).mutation(async ({ ctx, input }): Promise<Speaker> => {
    await assertKnownCity(ctx.db, input.cityId, ['cityId']);
    await updateItem(ctx.db, 'speakers', input, () => updateSpeaker(ctx.db, input));
    const editionId = (await editionOfProgramItem(ctx.db, 'speakers', input.id)) ?? '';
    const speaker = (await listSpeakers(ctx.db, editionId)).find((s) => s.id === input.id);
    if (!speaker) throw notFound('speaker', ['id']);
    return speaker;
  }),
});

/** The forum's program: public reads for anyone (and third parties' portals), organizers' editor. */
export const programRouter = router({
  sessions: sessionsRouter,
  rooms: roomsRouter,
  tracks: tracksRouter,
  speakers: speakersRouter,
});
