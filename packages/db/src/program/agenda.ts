import type { Db } from '../create-db.js';

/** Stars a session for a person; starring twice keeps one star. */
export async function star(db: Db, userId: string, sessionId: string, now: Date): Promise<void> {
  await db
    .insertInto('agenda_stars')
    .values({ user_id: userId, session_id: sessionId, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['user_id', 'session_id']).doNothing())
    .execute();
}

export async function unstar(db: Db, userId: string, sessionId: string): Promise<void> {
  await db.deleteFrom('agenda_stars').where('user_id', '=', userId).where('session_id', '=', sessionId).execute();
}

/**
 * The sessions in a person's agenda: those they starred and those they hold a registration for
 * (confirmed or waiting), each once, in one statement.
 */
export async function agendaSessionIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('agenda_stars')
    .select('session_id')
    .where('user_id', '=', userId)
    .union(db.selectFrom('registrations').select('session_id').where('user_id', '=', userId).where('status', '<>', 'cancelled'))
    .execute();
  return rows.map((r) => r.session_id).sort();
}

/** The sessions a person starred, sorted. */
export async function starredSessionIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('agenda_stars').select('session_id').where('user_id', '=', userId).orderBy('session_id').execute();
  return rows.map((r) => r.session_id);
}
