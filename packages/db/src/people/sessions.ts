import { RoleSchema } from '@gorod/domain';
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../create-db.js';
import type { Database } from '../database.js';

export interface SessionRecord {
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export async function insertSession(db: Db, session: SessionRecord): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      last_seen_at: session.lastSeenAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/**
 * The session with its user's state and roles, in one statement per request (a row per role, none
 * for a person without roles).
 */
export async function findSession(db: Db, idHash: string) {
  const rows = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('user_roles', 'user_roles.user_id', 'sessions.user_id')
    .select([
      'sessions.user_id as userId',
      'sessions.csrf_token as csrfToken',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.expires_at as expiresAt',
      'users.deactivated_at as deactivatedAt',
      'user_roles.role as role',
    ])
    .where('sessions.id_hash', '=', idHash)
    .orderBy('user_roles.role')
    .execute();
  const [first] = rows;
  if (!first) return undefined;
  const { role: _, ...session } = first;
  return { ...session, roles: rows.flatMap((row) => (row.role === null ? [] : [RoleSchema.parse(row.role)])) };
}

export async function findSessionById(db: Db, idHash: string): Promise<{ id: string; userId: string } | undefined> {
  return db.selectFrom('sessions').select(['id_hash as id', 'user_id as userId']).where('id_hash', '=', idHash).executeTakeFirst();
}

/** The visibility rule of sign-in sessions in SQL (the domain's `canSeeSession`): a person sees their own. */
export const sessionsVisibleTo =
  (userId: string) =>
  (eb: ExpressionBuilder<Database, 'sessions'>) =>
    eb('sessions.user_id', '=', userId);

/** The person's unexpired sessions, most recently used first. */
export async function listUserSessions(db: Db, userId: string, now: string) {
  return db
    .selectFrom('sessions')
    .select(['id_hash as id', 'created_at as createdAt', 'last_seen_at as lastSeenAt', 'expires_at as expiresAt'])
    .where(sessionsVisibleTo(userId))
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id_hash')
    .execute();
}

export async function touchSession(db: Db, idHash: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteUserSessions(db: Db, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends every session of the user but one (the one they are using). */
export async function deleteOtherSessions(db: Db, userId: string, keepIdHash: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).where('id_hash', '!=', keepIdHash).executeTakeFirst();
  return Number(result.numDeletedRows);
}
