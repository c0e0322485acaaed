import nodemailer from 'nodemailer';
import type { MailMessage } from './outbox.js';

/** Hands one message to the outside world; throws when it could not. */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
}

/**
 * Sends through an SMTP server, e.g. `smtp://user:pass@smtp.example.org:587` or `smtps://…:465`.
 * Plain text only: nothing a user wrote is ever rendered as HTML in a mail.
 */
export function smtpSender(url: string, from: string): MailSender {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.body });
    },
  };
}
