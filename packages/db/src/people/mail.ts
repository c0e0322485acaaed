import type { MailKind, OutboxMail } from '@gorod/domain';
import type { Db } from '../create-db.js';

/**
 * Stands in a stored body where the message's link goes. The link itself is kept in its own column only
 * until delivery, so the outbox never keeps a usable secret once the message has left.
 */
export const mailLinkPlaceholder = '[link]';

export interface NewMail {
  id: string;
  to: string;
  kind: MailKind;
  subject: string;
  /** The text, with `mailLinkPlaceholder` where `link` goes. */
  body: string;
  link: string | null;
  createdAt: string;
}

/** A message claimed for delivery, its link put back into its text. */
export interface DeliverableMail {
  id: string;
  to: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * The text with its link in place. The last placeholder is the template's own: a name written before it
 * cannot move the link.
 */
export function bodyWithLink(body: string, link: string | null): string {
  const at = body.lastIndexOf(mailLinkPlaceholder);
  if (link === null || at < 0) return body;
  return body.slice(0, at) + link + body.slice(at + mailLinkPlaceholder.length);
}

export async function insertMail(db: Db, mail: NewMail): Promise<void> {
  await db
    .insertInto('mail_outbox')
    .values({ id: mail.id, to_address: mail.to, kind: mail.kind, subject: mail.subject, body: mail.body, link: mail.link, created_at: mail.createdAt })
    .execute();
}

const listed = ['id', 'to_address', 'kind', 'subject', 'created_at', 'sent_at', 'attempts', 'last_error'] as const;

/** Newest first, optionally only one recipient's: who, what kind and whether it went out — no text, no link. */
export async function listMail(db: Db, input: { to?: string | undefined; limit: number }): Promise<OutboxMail[]> {
  let select = db.selectFrom('mail_outbox').select(listed);
  if (input.to) select = select.where('to_address', '=', input.to.toLowerCase());
  const rows = await select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(input.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    to: row.to_address,
    kind: row.kind === 'invitation' || row.kind === 'password_reset' ? row.kind : 'other',
    subject: row.subject,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    attempts: row.attempts,
    lastError: row.last_error,
  }));
}

/**
 * Takes the oldest unsent message that no replica holds and that has attempts left, holding it until
 * `lockUntil`. The conditional UPDATE lets exactly one replica win it, on SQLite and PostgreSQL alike.
 */
export async function claimMail(db: Db, now: string, lockUntil: string, maxAttempts: number): Promise<DeliverableMail | undefined> {
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
      const row = await db
        .selectFrom('mail_outbox')
        .select(['id', 'to_address', 'subject', 'body', 'link', 'attempts'])
        .where('id', '=', candidate.id)
        .executeTakeFirstOrThrow();
      return { id: row.id, to: row.to_address, subject: row.subject, body: bodyWithLink(row.body, row.link), attempts: row.attempts };
    }
    // Another replica took it between the two statements: look for the next one.
  }
  return undefined;
}

/** Marks a message delivered and forgets its link: the stored body keeps only the placeholder. */
export async function markMailSent(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('mail_outbox').set({ sent_at: at, locked_until: null, last_error: null, link: null }).where('id', '=', id).execute();
}

/** Records a failed delivery; the message is tried again once `retryAt` has passed. */
export async function markMailFailed(db: Db, id: string, error: string, retryAt: string): Promise<void> {
  await db.updateTable('mail_outbox').set({ last_error: error.slice(0, 1000), locked_until: retryAt }).where('id', '=', id).execute();
}
