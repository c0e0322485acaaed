import type { OutboxMail } from '@gorod/domain';
import type { Db } from '../create-db.js';

export async function insertMail(db: Db, mail: Pick<OutboxMail, 'id' | 'to' | 'subject' | 'body' | 'createdAt'>): Promise<void> {
  await db
    .insertInto('mail_outbox')
    .values({ id: mail.id, to_address: mail.to, subject: mail.subject, body: mail.body, created_at: mail.createdAt })
    .execute();
}

const columns = ['id', 'to_address', 'subject', 'body', 'created_at', 'sent_at', 'attempts', 'last_error'] as const;

type MailRow = { id: string; to_address: string; subject: string; body: string; created_at: string; sent_at: string | null; attempts: number; last_error: string | null };

const toMail = (row: MailRow): OutboxMail => ({
  id: row.id,
  to: row.to_address,
  subject: row.subject,
  body: row.body,
  createdAt: row.created_at,
  sentAt: row.sent_at,
  attempts: row.attempts,
  lastError: row.last_error,
});

/** Newest first, optionally only one recipient's. */
export async function listMail(db: Db, input: { to?: string | undefined; limit: number }): Promise<OutboxMail[]> {
  let select = db.selectFrom('mail_outbox').select(columns);
  if (input.to) select = select.where('to_address', '=', input.to.toLowerCase());
  const rows = await select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(input.limit).execute();
  return rows.map(toMail);
}

/**
 * Takes the oldest unsent message that no replica holds and that has attempts left, holding it until
 * `lockUntil`. The conditional UPDATE lets exactly one replica win it, on SQLite and PostgreSQL alike.
 */
export async function claimMail(db: Db, now: string, lockUntil: string, maxAttempts: number): Promise<OutboxMail | undefined> {
  for (let tries = 0; tries < 3; tries++) {
    const candidate = await db
      .selectFrom('mail_outbox')
      .select('id')
      .where('sent_at', 'is', null)
      .where('attempts', '<', maxAttempts)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!candidate) return undefined;
    const claimed = await db
      .updateTable('mail_outbox')
      .set((eb) => ({ locked_until: lockUntil, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', candidate.id)
      .where('sent_at', 'is', null)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 1) {
      const row = await db.selectFrom('mail_outbox').select(columns).where('id', '=', candidate.id).executeTakeFirstOrThrow();
      return toMail(row);
    }
    // Another replica took it between the two statements: look for the next one.
  }
  return undefined;
}

export async function markMailSent(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('mail_outbox').set({ sent_at: at, locked_until: null, last_error: null }).where('id', '=', id).execute();
}

/** Records a failed delivery; the message is tried again once `retryAt` has passed. */
export async function markMailFailed(db: Db, id: string, error: string, retryAt: string): Promise<void> {
  await db.updateTable('mail_outbox').set({ last_error: error.slice(0, 1000), locked_until: retryAt }).where('id', '=', id).execute();
}
