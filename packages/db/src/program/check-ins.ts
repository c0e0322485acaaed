import type { Db } from '../create-db.js';

/** What scanning a ticket did, for the organizer's message at the door. */
export type ScanResult =
  | { outcome: 'checked_in'; sessionId: string; userId: string }
  | { outcome: 'already_checked_in'; sessionId: string; userId: string; checkedInAt: string }
  | { outcome: 'other_session'; sessionId: string; userId: string }
  | { outcome: 'not_confirmed'; sessionId: string; userId: string; status: 'waitlisted' | 'cancelled' }
  | { outcome: 'unknown_code' };

/**
 * Checks a ticket in at a session's door, once: the insert into `check_ins` (one row per registration)
 * decides a race between two scanners; the loser reads the first scan's time.
 */
export async function scanTicket(db: Db, code: string, atSessionId: string, byUserId: string | null, now: Date): Promise<ScanResult> {
  const registration = await db.selectFrom('registrations').select(['id', 'session_id', 'user_id', 'status']).where('ticket_code', '=', code).executeTakeFirst();
  if (!registration) return { outcome: 'unknown_code' };
  const who = { sessionId: registration.session_id, userId: registration.user_id };
  if (registration.session_id !== atSessionId) return { outcome: 'other_session', ...who };
  if (registration.status !== 'confirmed') return { outcome: 'not_confirmed', ...who, status: registration.status === 'waitlisted' ? 'waitlisted' : 'cancelled' };
  const inserted = await db
    .insertInto('check_ins')
    .values({ registration_id: registration.id, checked_in_at: now.toISOString(), checked_in_by: byUserId })
    .onConflict((oc) => oc.column('registration_id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) return { outcome: 'checked_in', ...who };
  const first = await db.selectFrom('check_ins').select('checked_in_at').where('registration_id', '=', registration.id).executeTakeFirstOrThrow();
  return { outcome: 'already_checked_in', ...who, checkedInAt: first.checked_in_at };
}

/** Whether a person was checked in at a session: attendance, which a course class counts. */
export async function attended(db: Db, sessionId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('check_ins')
    .innerJoin('registrations', 'registrations.id', 'check_ins.registration_id')
    .select('check_ins.registration_id')
    .where('registrations.session_id', '=', sessionId)
    .where('registrations.user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}
