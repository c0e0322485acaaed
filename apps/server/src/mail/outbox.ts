import { type Db, insertMail } from '@gorod/db';
import type { MailKind } from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';

/** A message as a sender hands it on: its text complete, link included. */
export interface MailMessage {
  to: string;
  subject: string;
  body: string;
}

/** A message to queue. Its body has `mailLinkPlaceholder` where `link` goes (templates.ts writes it). */
export interface QueuedMessage {
  to: string;
  kind: MailKind;
  subject: string;
  body: string;
  link?: string;
}

/**
 * The one way Gorod sends mail: queue it in the outbox, inside the transaction of the change that causes
 * it, so a rolled-back change sends nothing. The link is stored apart from the text and forgotten once
 * the message is delivered (by SMTP, or printed by a development server; delivery.ts): organizers see
 * who, what kind and whether it went out, and no stored row keeps a secret after delivery.
 */
export async function queueMail(db: Db, now: Date, message: QueuedMessage): Promise<void> {
  await insertMail(db, {
    id: uuidv7(),
    to: message.to,
    kind: message.kind,
    subject: message.subject,
    body: message.body,
    link: message.link ?? null,
    createdAt: now.toISOString(),
  });
}
