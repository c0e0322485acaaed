import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createDb, listMail, mailLinkPlaceholder } from '@gorod/db';
import { createTestDatabaseUrl, describeEachDialect, useTestDatabase } from '@gorod/db/testing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createServer } from '../server.js';
import { Agent } from '../testing/agent.js';
import { lastMailTo, mailTo } from '../testing/outbox.js';
import { spawnServer } from '../testing/spawn-server.js';
import { deliverQueuedMail, maxMailAttempts } from './delivery.js';
import { queueMail } from './outbox.js';
import { type MailSender, smtpSender } from './sender.js';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
async function startSmtpSink() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// "=?UTF-8?B?…?=" encoded words, as mail headers carry non-ASCII text.
const decodeHeader = (value: string) =>
  value.replace(/=\?UTF-8\?B\?([^?]+)\?=\s*/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8')).trim();

const silent = () => {};

describeEachDialect('mail delivery from the outbox', (dialect) => {
  const testDb = useTestDatabase(dialect, { seed: false });
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    await testDb().db.deleteFrom('mail_outbox').execute();
    smtp.received.length = 0;
  });

  it('delivers queued mail over SMTP once, with its Cyrillic subject intact, and marks it sent', async () => {
    const { db } = testDb();
    await queueMail(db, new Date(), { to: 'глава@администрация.рф', kind: 'invitation', subject: 'Приглашение в Gorod', body: `Ссылка: ${mailLinkPlaceholder}`, link: 'https://example.org/invitation/x' });
    await queueMail(db, new Date(), { to: 'mayor@dalian.example', kind: 'other', subject: '邀请', body: '链接' });
    const sender = smtpSender(smtp.url, 'Gorod <no-reply@forum.example.org>');
    expect(await deliverQueuedMail({ db, sender, log: silent })).toBe(2);
    expect(await deliverQueuedMail({ db, sender, log: silent })).toBe(0);
    expect(smtp.received.map((m) => m.to)).toEqual([['глава@администрация.рф'], ['mayor@dalian.example']]);
    const subject = /^Subject: (.+(?:\r\n[ \t].+)*)/m.exec(smtp.received[0]!.raw)![1]!.replace(/\r\n[ \t]/g, ' ');
    expect(decodeHeader(subject)).toBe('Приглашение в Gorod');
    const outbox = await listMail(db, { limit: 10 });
    expect(outbox.every((m) => m.sentAt !== null && m.attempts === 1)).toBe(true);
  });

  it('forgets a message’s link once it is delivered, keeping its text without it', async () => {
    const { db } = testDb();
    const link = 'https://forum.example.org/reset-password/secret-from-the-test-0001';
    await queueMail(db, new Date(), { to: 'forgetful@example.org', kind: 'password_reset', subject: 'Сброс', body: `Откройте: ${mailLinkPlaceholder}\n`, link });
    expect((await lastMailTo(db, 'forgetful@example.org'))?.link).toBe(link);
    await deliverQueuedMail({ db, sender: smtpSender(smtp.url, 'Gorod <no-reply@forum.example.org>'), log: silent });
    // Quoted-printable wraps long lines with a soft break ("=" at the line's end).
    expect(smtp.received[0]?.raw.replace(/=\r?\n/g, '')).toContain(link);
    const stored = await db.selectFrom('mail_outbox').select(['body', 'link', 'sent_at']).where('to_address', '=', 'forgetful@example.org').executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ body: `Откройте: ${mailLinkPlaceholder}\n`, link: null });
    expect(stored.sent_at).not.toBeNull();
  });

  it('keeps a message that failed, retries it after a backoff, and gives up after the last attempt', async () => {
    const { db } = testDb();
    await queueMail(db, new Date(), { to: 'bounce@example.org', kind: 'other', subject: 'Test', body: 'Body' });
    const failing: MailSender = { send: () => Promise.reject(new Error('550 mailbox unavailable')) };
    let clock = Date.now();
    const now = () => new Date(clock);
    expect(await deliverQueuedMail({ db, sender: failing, now, log: silent })).toBe(0);
    const [failed] = await listMail(db, { limit: 1 });
    expect(failed).toMatchObject({ sentAt: null, attempts: 1, lastError: '550 mailbox unavailable' });
    // Not again before the backoff has passed.
    expect(await deliverQueuedMail({ db, sender: failing, now, log: silent })).toBe(0);
    expect((await listMail(db, { limit: 1 }))[0]?.attempts).toBe(1);
    for (let attempt = 2; attempt <= maxMailAttempts + 1; attempt++) {
      clock += 60 * 60_000;
      await deliverQueuedMail({ db, sender: failing, now, log: silent });
    }
    expect((await listMail(db, { limit: 1 }))[0]?.attempts).toBe(maxMailAttempts);
  });

  it('is delivered by a server started with SMTP_URL, right after the invitation is sent', async () => {
    const database = await createTestDatabaseUrl(dialect);
    const server = await createServer({ databaseUrl: database.url, demo: true, smtp: { url: smtp.url, from: 'Gorod <no-reply@forum.example.org>' } });
    try {
      const organizer = await new Agent(await server.listen(0)).signIn('organizer@example.org');
      await organizer.client.people.invite.mutate({ email: 'smtp-invitee@example.org', name: 'Получатель' });
      await expect.poll(() => smtp.received.flatMap((m) => m.to), { timeout: 10_000 }).toContain('smtp-invitee@example.org');
      const [queued] = await organizer.client.mail.outbox.query({ to: 'smtp-invitee@example.org' });
      expect(queued?.sentAt).not.toBeNull();
    } finally {
      await server.close();
      await database.drop();
    }
  });

  it('shows organizers who, what kind and whether it went out — never the text or a link', async () => {
    const database = await createTestDatabaseUrl(dialect);
    const server = await createServer({ databaseUrl: database.url, demo: true });
    try {
      const organizer = await new Agent(await server.listen(0)).signIn('organizer@example.org');
      await organizer.client.people.invite.mutate({ email: 'secret-keeper@example.org', name: 'Хранитель', locale: 'en' });
      await new Agent(organizer.baseUrl).client.auth.requestPasswordReset.mutate({ email: 'instructor@example.org' });
      const outbox = await organizer.client.mail.outbox.query({});
      expect(outbox.map((m) => [m.to, m.kind, m.subject, m.sentAt])).toEqual([
        ['instructor@example.org', 'password_reset', 'Восстановление пароля Gorod', null],
        ['secret-keeper@example.org', 'invitation', 'Your invitation to Gorod — Cities of Russia', null],
      ]);
      expect(Object.keys(outbox[0]!).sort()).toEqual(['attempts', 'createdAt', 'id', 'kind', 'lastError', 'sentAt', 'subject', 'to']);
      // The links are in the table, for delivery (and for tests), but not in what organizers read.
      const links = (await mailTo(server.db, 'secret-keeper@example.org')).map((m) => m.link);
      expect(links).toEqual([expect.stringMatching(/\/invitation\//)]);
      expect(JSON.stringify(outbox)).not.toMatch(/invitation\/|reset-password\//);
    } finally {
      await server.close();
      await database.drop();
    }
  });

  it('prints each message with its link in development mode without SMTP, then keeps no link stored', async () => {
    const database = await createTestDatabaseUrl(dialect);
    const server = await spawnServer({ DATABASE_URL: database.url }, ['serve', '--demo', '--dev']);
    try {
      let printed = '';
      server.process.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
      const organizer = await new Agent(server.url).signIn('organizer@example.org');
      await organizer.client.people.invite.mutate({ email: 'printed@example.org', name: 'Напечатанный' });
      await expect.poll(() => printed, { timeout: 10_000 }).toMatch(new RegExp(`mail to printed@example.org[\\s\\S]*${server.url}/invitation/[\\w-]+`));
      const [queued] = await organizer.client.mail.outbox.query({ to: 'printed@example.org' });
      expect(queued?.sentAt).not.toBeNull();
      const db = createDb({ url: database.url });
      try {
        expect((await lastMailTo(db, 'printed@example.org'))?.link).toBeNull();
      } finally {
        await db.destroy();
      }
    } finally {
      await server.stop();
      await database.drop();
    }
  });

  it('sends each message once when two replicas deliver at the same time', async () => {
    const { db } = testDb();
    for (let i = 0; i < 12; i++) await queueMail(db, new Date(), { to: `p${i}@example.org`, kind: 'other', subject: `№${i}`, body: '…' });
    const sent: string[] = [];
    const sender: MailSender = {
      send: async (message) => {
        sent.push(message.to);
        await new Promise((resolve) => setTimeout(resolve, 2));
      },
    };
    const counts = await Promise.all([deliverQueuedMail({ db, sender, log: silent }), deliverQueuedMail({ db, sender, log: silent })]);
    expect(counts[0]! + counts[1]!).toBe(12);
    expect(new Set(sent).size).toBe(12);
    expect(sent).toHaveLength(12);
  });
});
