import { bodyWithLink, type Db } from '@gorod/db';

/** A message as the outbox table holds it, its link put back into its text as delivery would. */
export interface StoredMail {
  to: string;
  kind: string;
  subject: string;
  body: string;
  /** The single-use link while undelivered; null once delivered (or for mail without one). */
  link: string | null;
  sentAt: string | null;
}

/**
 * Mail to `to`, newest first, read straight from the outbox table: tests get the links that no
 * procedure shows anyone.
 */
export async function mailTo(db: Db, to: string): Promise<StoredMail[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select(['to_address', 'kind', 'subject', 'body', 'link', 'sent_at'])
    .where('to_address', '=', to.toLowerCase())
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    to: row.to_address,
    kind: row.kind,
    subject: row.subject,
    body: bodyWithLink(row.body, row.link),
    link: row.link,
    sentAt: row.sent_at,
  }));
}

/** The newest mail to `to`, if any. */
export async function lastMailTo(db: Db, to: string): Promise<StoredMail | undefined> {
  return (await mailTo(db, to))[0];
}

/** The newest link of a kind mailed to `to`; throws when there is none. */
export async function mailedLink(db: Db, to: string, kind: 'invitation' | 'password_reset'): Promise<string> {
  const link = (await mailTo(db, to)).find((mail) => mail.kind === kind && mail.link)?.link;
  if (!link) throw new Error(`No ${kind} link has been mailed to ${to}`);
  return link;
}
