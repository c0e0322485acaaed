import { type Db, insertMail } from '@gorod/db';
import { v7 as uuidv7 } from 'uuid';

/**
 * The one way Gorod sends mail: queue it in the outbox, inside the transaction of the change that causes
 * it, so a rolled-back change sends nothing. In development and tests the outbox is the sink that
 * organizers (the "Mail" page) and tests read; a delivery loop (delivery.ts) hands it to SMTP when SMTP_URL is set.
 */
export interface MailMessage {
  to: string;
  subject: string;
  body: string;
}

export async function queueMail(db: Db, now: Date, message: MailMessage): Promise<void> {
  await insertMail(db, { id: uuidv7(), to: message.to, subject: message.subject, body: message.body, createdAt: now.toISOString() });
}

