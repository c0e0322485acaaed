import { randomBytes } from 'node:crypto';
import {
  GorodError,
  issue,
  promoteFromWaitlist,
  type Registration,
  type RegistrationOutcome,
  registrationOutcome,
  RegistrationStatusSchema,
} from '@gorod/domain';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../create-db.js';
import { inTransaction } from './transaction.js';

/*
 * Exact under a rush, on both databases. Every write to a session's registrations (register, cancel,
 * promote) starts with one UPDATE of that session's row in `program_sessions` (bumping
 * `arrival_counter`). On PostgreSQL that UPDATE takes the row's lock until the transaction ends, so
 * concurrent transactions for the same session from any pool connection or replica queue behind it,
 * and under READ COMMITTED each one's later statements see every registration committed before it got
 * the lock. On SQLite a write transaction holds the single writer lock (and better-sqlite3's one
 * connection runs transactions one after another). Either way, the counts read after the lock are
 * exact, and the counter's value is the arrival order of the waitlist. Sessions never share the lock,
 * so a rush on one session does not slow another.
 */

interface LockedSession {
  arrival: number;
  /** Seats on offer; Infinity for sessions people just walk into. */
  capacity: number;
}

async function lockSession(trx: Db, sessionId: string, forNewArrival: boolean): Promise<LockedSession | undefined> {
  const row = await trx
    .updateTable('program_sessions')
    .set({ arrival_counter: forNewArrival ? sql<number>`arrival_counter + 1` : sql<number>`arrival_counter` })
    .where('id', '=', sessionId)
    .returning(['arrival_counter', 'capacity', 'room_id', 'registration', 'status'])
    .executeTakeFirst();
  if (!row) return undefined;
  const room = await trx.selectFrom('rooms').select('capacity').where('id', '=', row.room_id).executeTakeFirstOrThrow();
  const seats = row.capacity === null ? room.capacity : Math.min(row.capacity, room.capacity);
  if (row.status === 'cancelled' && forNewArrival) throw new GorodError('CONFLICT', 'This session is cancelled', [issue(['sessionId'], 'cancelled', 'This session is cancelled')]);
  return { arrival: Number(row.arrival_counter), capacity: row.registration === 'open' ? Number.POSITIVE_INFINITY : seats };
}

async function countByStatus(trx: Db, sessionId: string): Promise<{ confirmed: number; waitlisted: number }> {
  const rows = await trx
    .selectFrom('registrations')
    .select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('session_id', '=', sessionId)
    .where('status', 'in', ['confirmed', 'waitlisted'])
    .groupBy('status')
    .execute();
  const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { confirmed: count('confirmed'), waitlisted: count('waitlisted') };
}

/** Moves the earliest waiting people into free seats; returns whom it promoted (they are to be told). */
async function fillFreeSeats(trx: Db, sessionId: string, capacity: number, now: Date): Promise<string[]> {
  const { confirmed, waitlisted } = await countByStatus(trx, sessionId);
  const free = Math.min(capacity - confirmed, waitlisted);
  if (free <= 0) return [];
  const line = await trx
    .selectFrom('registrations')
    .select(['id', 'user_id', 'arrival_seq'])
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waitlisted')
    .orderBy('arrival_seq')
    .orderBy('id')
    .limit(free)
    .execute();
  const promoted = promoteFromWaitlist(
    line.map((r) => ({ id: r.id, userId: r.user_id, arrival: Number(r.arrival_seq) })),
    free,
  );
  if (promoted.length === 0) return [];
  await trx
    .updateTable('registrations')
    .set({ status: 'confirmed', updated_at: now.toISOString() })
    .where(
      'id',
      'in',
      promoted.map((p) => p.id),
    )
    .execute();
  return promoted.map((p) => p.userId);
}

async function waitlistPosition(trx: Db, sessionId: string, arrivalSeq: number): Promise<number> {
  const row = await trx
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waitlisted')
    .where('arrival_seq', '<=', arrivalSeq)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const notFound = () => new GorodError('NOT_FOUND', 'No session with this id', [issue(['sessionId'], 'not_found', 'No session with this id')]);

/**
 * Registers `userId` for a session: a seat while there is one, else the end of the waitlist. Registering
 * again while registered answers the same outcome and changes nothing (one registration per person);
 * after a cancellation it registers anew, at the end of the line. Throws NOT_FOUND for no session and
 * CONFLICT for a cancelled one.
 */
export function register(db: Db, sessionId: string, userId: string, now: Date): Promise<RegistrationOutcome> {
  return inTransaction(db, async (trx) => {
    const session = await lockSession(trx, sessionId, true);
    if (!session) throw notFound();
    const existing = await trx
      .selectFrom('registrations')
      .select(['id', 'status', 'arrival_seq'])
      .where('session_id', '=', sessionId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (existing?.status === 'confirmed') return { status: 'confirmed' };
    if (existing?.status === 'waitlisted') return { status: 'waitlisted', position: await waitlistPosition(trx, sessionId, Number(existing.arrival_seq)) };
    // A seat freed while nobody cancelled (capacity raised): the line goes first, never the newcomer.
    await fillFreeSeats(trx, sessionId, session.capacity, now);
    const { confirmed, waitlisted } = await countByStatus(trx, sessionId);
    const outcome = registrationOutcome(session.capacity, confirmed, waitlisted);
    const at = now.toISOString();
    if (existing) {
      await trx
        .updateTable('registrations')
        .set({ status: outcome.status, arrival_seq: session.arrival, updated_at: at })
        .where('id', '=', existing.id)
        .execute();
    } else {
      await trx
        .insertInto('registrations')
        .values({
          id: uuidv7(),
          session_id: sessionId,
          user_id: userId,
          status: outcome.status,
          arrival_seq: session.arrival,
          ticket_code: randomBytes(18).toString('base64url'),
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    return outcome;
  });
}

export interface Cancellation {
  /** Whether there was a registration (confirmed or waiting) to cancel. */
  cancelled: boolean;
  /** Users moved from the waitlist into the freed seat, in arrival order: to be told. */
  promoted: string[];
}

/**
 * Cancels a person's registration (a seat or a place in line) and, in the same transaction, gives freed
 * seats to the earliest waiting people. Cancelling twice cancels once.
 */
export function cancel(db: Db, sessionId: string, userId: string, now: Date): Promise<Cancellation> {
  return inTransaction(db, async (trx) => {
    const session = await lockSession(trx, sessionId, false);
    if (!session) throw notFound();
    const result = await trx
      .updateTable('registrations')
      .set({ status: 'cancelled', updated_at: now.toISOString() })
      .where('session_id', '=', sessionId)
      .where('user_id', '=', userId)
      .where('status', '<>', 'cancelled')
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return { cancelled: false, promoted: [] };
    return { cancelled: true, promoted: await fillFreeSeats(trx, sessionId, session.capacity, now) };
  });
}

const registrationColumns = [
  'r.id',
  'r.session_id',
  'r.user_id',
  'r.status',
  'r.created_at',
  // Place in line, computed in the same statement: waiting people of the session who arrived no later.
  sql<string | number | null>`case when r.status = 'waitlisted' then (select count(*) from registrations w where w.session_id = r.session_id and w.status = 'waitlisted' and w.arrival_seq <= r.arrival_seq) end`.as('position'),
] as const;

function toRegistration(row: { id: string; session_id: string; user_id: string; status: string; created_at: string; position: string | number | null }): Registration {
  return {
    id: row.id,
    sessionId: row.session_id,
    userId: row.user_id,
    status: RegistrationStatusSchema.parse(row.status),
    position: row.position === null ? null : Number(row.position),
    createdAt: row.created_at,
  };
}

/** A person's registrations that still hold (confirmed or waiting), with their places in line. */
export async function registrationsOfUser(db: Db, userId: string): Promise<Registration[]> {
  const rows = await db
    .selectFrom('registrations as r')
    .select(registrationColumns)
    .where('r.user_id', '=', userId)
    .where('r.status', '<>', 'cancelled')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map(toRegistration);
}

/** A session's registrations, confirmed first, then the line in arrival order, then cancellations. */
export async function registrationsOfSession(db: Db, sessionId: string): Promise<Registration[]> {
  const rows = await db
    .selectFrom('registrations as r')
    .select(registrationColumns)
    .where('r.session_id', '=', sessionId)
    .orderBy(sql`case r.status when 'confirmed' then 0 when 'waitlisted' then 1 else 2 end`)
    .orderBy('r.arrival_seq')
    .orderBy('r.id')
    .execute();
  return rows.map(toRegistration);
}

/** Confirmed registrations per session of an edition: what "seats left" is computed from, in one statement. */
export async function confirmedCounts(db: Db, editionId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('registrations')
    .innerJoin('program_sessions', 'program_sessions.id', 'registrations.session_id')
    .select(['registrations.session_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('program_sessions.edition_id', '=', editionId)
    .where('registrations.status', '=', 'confirmed')
    .groupBy('registrations.session_id')
    .execute();
  return new Map(rows.map((r) => [r.session_id, Number(r.n)]));
}

/** The ticket code of a person's confirmed registration, shown as a QR code; undefined while not confirmed. */
export async function ticketCode(db: Db, sessionId: string, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('registrations')
    .select('ticket_code')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  return row?.ticket_code;
}
