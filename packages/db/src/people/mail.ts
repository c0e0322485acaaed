import type { OutboxMail } from '@gorod/domain';
import type { Db } from '../create-db.js';

export async function insertMail(db: Db, mail: OutboxMail): Promise<void> {
  await db
    .insertInto('mail_outbox')
    .values({ id: mail.id, to_address: mail.to, subject: mail.subject, body: mail.body, created_at: mail.createdAt })
    .execute();
}

/** Newest first, optionally only one recipient's. */
export async function listMail(db: Db, input: { to?: string | undefined; limit: number }): Promise<OutboxMail[]> {
  let select = db.selectFrom('mail_outbox').select(['id', 'to_address', 'subject', 'body', 'created_at']);
  if (input.to) select = select.where('to_address', '=', input.to.toLowerCase());
  const rows = await select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(input.limit).execute();
  return rows.map((row) => ({ id: row.id, to: row.to_address, subject: row.subject, body: row.body, createdAt: row.created_at }));
}
