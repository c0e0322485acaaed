import type { MailSender } from './sender.js';

/**
 * Development mode's delivery without SMTP: each message, link included, is printed to the server's own
 * output, where only whoever runs the server reads it. It then counts as delivered, so its link is no
 * longer stored.
 */
export function consoleSender(write: (text: string) => void = (text) => process.stdout.write(text)): MailSender {
  return {
    async send(message) {
      write(`\n--- mail to ${message.to}\nSubject: ${message.subject}\n\n${message.body}--- end of mail\n\n`);
    },
  };
}
