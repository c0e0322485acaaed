import { type Locale, LocaleSchema, type RegistrationWithTicket } from '@gorod/domain';
import type { Db } from '../create-db.js';
import { registrationsOfUser } from './registrations.js';

/** Whom a mail about a session goes to, in their own language. */
export interface MailRecipient {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
}

const toRecipient = (row: { id: string; email: string; name: string; locale: string }): MailRecipient => ({
  userId: row.id,
  email: row.email,
  name: row.name,
  locale: LocaleSchema.catch('ru').parse(row.locale),
});

/** The people holding a seat or a place in line for a session (active accounts), to be told of a change. */
export async function registrantsOfSession(db: Db, sessionId: string): Promise<MailRecipient[]> {
  const rows = await db
    .selectFrom('registrations')
    .innerJoin('users', 'users.id', 'registrations.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.locale'])
    .where('registrations.session_id', '=', sessionId)
    .where('registrations.status', 'in', ['confirmed', 'waitlisted'])
    .where('users.deactivated_at', 'is', null)
    .orderBy('registrations.arrival_seq')
    .execute();
  return rows.map(toRecipient);
}

/** Mail recipients by user id, in the order given (unknown or deactivated ids are left out). */
export async function mailRecipients(db: Db, userIds: readonly string[]): Promise<MailRecipient[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale'])
    .where('id', 'in', userIds)
    .where('deactivated_at', 'is', null)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, toRecipient(row)]));
  return userIds.flatMap((id) => byId.get(id) ?? []);
}

/** A person's registrations that still hold, each with its ticket code while confirmed and its check-in, in two statements. */
export async function registrationsWithTickets(db: Db, userId: string): Promise<RegistrationWithTicket[]> {
  const [registrations, tickets] = await Promise.all([
    registrationsOfUser(db, userId),
    db
      .selectFrom('registrations')
      .leftJoin('check_ins', 'check_ins.registration_id', 'registrations.id')
      .select(['registrations.id', 'registrations.ticket_code', 'check_ins.checked_in_at'])
      .where('registrations.user_id', '=', userId)
      .where('registrations.status', '=', 'confirmed')
      .execute(),
  ]);
  const byTicket = new Map(tickets.map((t) => [t.id, t]));
  return registrations.map((r) => {
    const ticket = byTicket.get(r.id);
    return { ...r, ticketCode: ticket?.ticket_code ?? null, checkedInAt: ticket?.checked_in_at ?? null };
  });
}

/** The person's registration for a session (any status), or undefined: what the registration builders load. */
export async function findRegistration(db: Db, sessionId: string, userId: string): Promise<{ id: string; sessionId: string; userId: string; status: string } | undefined> {
  const row = await db
    .selectFrom('registrations')
    .select(['id', 'session_id', 'user_id', 'status'])
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && { id: row.id, sessionId: row.session_id, userId: row.user_id, status: row.status };
}

/** The session a ticket code belongs to, if any: a scan that names no session checks in at this one. */
export async function sessionOfTicket(db: Db, code: string): Promise<string | undefined> {
  const row = await db.selectFrom('registrations').select('session_id').where('ticket_code', '=', code).executeTakeFirst();
  return row?.session_id;
}

/** A session's comments, newest first, without who wrote them. */
export async function feedbackComments(db: Db, sessionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('feedback')
    .select('comment')
    .where('session_id', '=', sessionId)
    .where('comment', 'is not', null)
    .orderBy('updated_at', 'desc')
    .execute();
  return rows.flatMap((r) => (r.comment ? [r.comment] : []));
}

/** The edition a room, track or speaker belongs to, or undefined for none with that id. */
export async function editionOfProgramItem(db: Db, table: 'rooms' | 'tracks' | 'speakers', id: string): Promise<string | undefined> {
  const row = await db.selectFrom(table).select('edition_id').where('id', '=', id).executeTakeFirst();
  return row?.edition_id;
}
