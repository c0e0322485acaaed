import { claimMail, type Db, markMailFailed, markMailSent } from '@gorod/db';
import type { MailSender } from './sender.js';

export interface MailDeliveryOptions {
  db: Db;
  sender: MailSender;
  now?: () => Date;
  log: (message: string, error?: unknown) => void;
  /** How often to look for queued mail when the outbox is empty (default 2 s). */
  intervalMs?: number;
}

/** After a failure a message waits this long, doubling per attempt; after the last attempt it stays unsent. */
const retryBaseMs = 30_000;
export const maxMailAttempts = 5;
/** A replica holds a message this long while sending: longer than any SMTP exchange. */
const sendLockMs = 5 * 60_000;

/** Delivers every message that can be delivered now; returns how many were sent. */
export async function deliverQueuedMail({ db, sender, now = () => new Date(), log }: MailDeliveryOptions): Promise<number> {
  let sent = 0;
  for (;;) {
    const at = now();
    const mail = await claimMail(db, at.toISOString(), new Date(at.getTime() + sendLockMs).toISOString(), maxMailAttempts);
    if (!mail) return sent;
    try {
      await sender.send(mail);
      await markMailSent(db, mail.id, now().toISOString());
      sent += 1;
    } catch (error) {
      const retryAt = new Date(now().getTime() + retryBaseMs * 2 ** (mail.attempts - 1)).toISOString();
      await markMailFailed(db, mail.id, error instanceof Error ? error.message : String(error), retryAt);
      log(`mail to ${mail.to} failed (attempt ${mail.attempts} of ${maxMailAttempts})`, error);
    }
  }
}

/**
 * Polls the outbox and delivers what is queued, on every replica at once: claiming a message is atomic,
 * so each is sent once. Returns a function that stops the loop and waits for a send under way.
 */
export function startMailDelivery(options: MailDeliveryOptions): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = deliverQueuedMail(options)
      .catch((error: unknown) => options.log('mail delivery failed', error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 2000);
      });
  };
  tick();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
