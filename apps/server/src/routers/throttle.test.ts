import { describeEachDialect } from '@gorod/db/testing';
import { apiPath } from '@gorod/domain';
import { expect, it } from 'vitest';
import type { Agent } from '../testing/agent.js';
import { type TestServer, useTestServer } from '../testing/test-server.js';

const wrong = (email: string) => ({ email, password: 'definitely-wrong' });
const right = (email: string) => ({ email, password: 'gorod-demo' });

/** Password checks that failed for `email`: each one writes exactly one audit row. */
async function failedChecks(server: TestServer, email: string): Promise<number> {
  const rows = await server.server.db.selectFrom('audit_events').select('details').where('event', '=', 'auth.sign_in_failed').execute();
  return rows.filter((row) => JSON.parse(row.details).email === email).length;
}

async function failuresCounted(server: TestServer, key: string): Promise<number | undefined> {
  const row = await server.server.db.selectFrom('sign_in_failures').select('failures').where('key', '=', key).executeTakeFirst();
  return row && Number(row.failures);
}

/** One HTTP request carrying several tRPC calls (`?batch=1`), as a batching client sends them. */
async function batch(agent: Agent, path: string, inputs: unknown[]): Promise<{ status: number; body: any }> {
  const response = await agent.fetch(`${agent.baseUrl}${apiPath}/${inputs.map(() => path).join(',')}?batch=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(Object.fromEntries(inputs.map((input, index) => [index, input]))),
  });
  return { status: response.status, body: await response.json() };
}

describeEachDialect('sign-in throttling', (dialect) => {
  const api = useTestServer(dialect);
  let clock = new Date('2026-11-27T10:00:00Z');
  // Behind a trusted proxy, each test claims its own client address with X-Forwarded-For.
  const venue = useTestServer(dialect, { trustProxy: '127.0.0.1', now: () => clock });
  const from = (address: string, agent = venue().agent()) => {
    agent.headers = { 'x-forwarded-for': address };
    return agent;
  };

  it('locks an account after 5 failures for 1 minute with 429 and a retry time, even for the right password', async () => {
    const agent = from('198.51.100.1');
    for (let i = 0; i < 5; i++) expect((await agent.call('auth.signIn', 'mutation', wrong('instructor@example.org'))).status).toBe(401);
    const locked = await from('198.51.100.2').call('auth.signIn', 'mutation', right('instructor@example.org'));
    expect(locked.status).toBe(429);
    expect(locked.body.error.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: 60 } });
    expect(locked.headers.get('retry-after')).toBe('60');
  });

  it('locks an unknown email the same way, so the answer reveals nothing', async () => {
    for (let i = 0; i < 5; i++) await from('198.51.100.3').call('auth.signIn', 'mutation', wrong('nobody@example.org'));
    expect((await from('198.51.100.3').call('auth.signIn', 'mutation', wrong('nobody@example.org'))).status).toBe(429);
  });

  it('warns when 2, then 1, then no attempts are left before the lock', async () => {
    const agent = from('198.51.100.4');
    const left: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      const { status, body } = await agent.call('auth.signIn', 'mutation', wrong('warned@example.org'));
      expect(status).toBe(401);
      left.push(body.error.data.details?.attemptsLeft);
    }
    expect(left).toEqual([undefined, undefined, 2, 1, 0]);
  });

  it('makes each further lock in a row twice as long, up to 15 minutes, and lets the owner in once it ends', async () => {
    const retryAfter: string[] = [];
    let agent = from('198.51.100.5');
    for (let lock = 0; lock < 6; lock++) {
      // A new address each round, so only the account's lock is measured.
      agent = from(`198.51.100.${10 + lock}`);
      for (let i = 0; i < 5; i++) expect((await agent.call('auth.signIn', 'mutation', wrong('learner@example.org'))).status).toBe(401);
      const refused = await agent.call('auth.signIn', 'mutation', right('learner@example.org'));
      expect(refused.status).toBe(429);
      retryAfter.push(refused.headers.get('retry-after')!);
      clock = new Date(clock.getTime() + Number(refused.headers.get('retry-after')) * 1000);
    }
    expect(retryAfter).toEqual(['60', '120', '240', '480', '900', '900']);
    expect((await agent.call('auth.signIn', 'mutation', right('learner@example.org'))).status).toBe(200);
  });

  it('checks exactly 5 passwords when 99 wrong attempts on one account arrive at once, and records every failure', async () => {
    const email = 'crowded@example.org';
    const statuses = await Promise.all(
      Array.from({ length: 99 }, async (_, i) => (await from(`203.0.113.${i + 1}`).call('auth.signIn', 'mutation', wrong(email))).status),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(94);
    expect(await failedChecks(venue(), email)).toBe(5);
    expect(await failuresCounted(venue(), `account:${email}`)).toBe(5);
  });

  it('checks exactly 20 passwords when 30 wrong attempts from one address arrive in two rushes, losing no failure', async () => {
    // Two rushes of 15, each within the password-work queue (auth/passwords.ts), so every refusal here is the throttle's.
    const emails = Array.from({ length: 30 }, (_, i) => `wifi-${i}@example.org`);
    const rush = (group: string[]) =>
      Promise.all(group.map(async (email) => (await from('192.0.2.30').call('auth.signIn', 'mutation', wrong(email))).status));
    const first = await rush(emails.slice(0, 15));
    const second = await rush(emails.slice(15));
    expect(first.filter((s) => s === 401)).toHaveLength(15);
    expect(second.filter((s) => s === 401)).toHaveLength(5);
    expect(second.filter((s) => s === 429)).toHaveLength(10);
    let checks = 0;
    for (const email of emails) checks += await failedChecks(venue(), email);
    expect(checks).toBe(20);
    expect(await failuresCounted(venue(), 'address:192.0.2.30')).toBe(20);
  });

  it('does not sign in from one request batching 60 wrong passwords and then the right one, and checks none of them', async () => {
    const email = 'instructor@example.org';
    const agent = from('192.0.2.61');
    await venue().server.db.deleteFrom('sign_in_failures').where('key', '=', `account:${email}`).execute();
    const before = await failedChecks(venue(), email);
    const { body } = await batch(agent, 'auth.signIn', [...Array.from({ length: 60 }, () => wrong(email)), right(email)]);
    expect(agent.cookies.has('gorod_session')).toBe(false);
    // Account calls never travel in a batch: the whole request is refused before any password is checked.
    expect(body.every((item: { error?: { data?: { code?: string } } }) => item.error?.data?.code === 'INVALID_INPUT')).toBe(true);
    expect((await failedChecks(venue(), email)) - before).toBe(0);
    expect((await failedChecks(venue(), email)) - before).toBeLessThanOrEqual(5);
    clock = new Date(clock.getTime() + 15 * 60_000); // let the lock end for the next tests
  });

  it('limits a trusted browser by its own budget, so its failures do not lock the account for others', async () => {
    const laptop = from('192.0.2.70');
    await laptop.signIn('instructor@example.org');
    await laptop.client.auth.signOut.mutate();
    for (let i = 0; i < 5; i++) expect((await laptop.call('auth.signIn', 'mutation', wrong('instructor@example.org'))).status).toBe(401);
    expect((await laptop.call('auth.signIn', 'mutation', right('instructor@example.org'))).status).toBe(429);
    expect((await from('192.0.2.71').call('auth.signIn', 'mutation', right('instructor@example.org'))).status).toBe(200);
  });

  it('lets an organizer whose browser signed in before in from a venue address that strangers have locked', async () => {
    const address = '192.0.2.80';
    const organizer = from(address);
    await organizer.signIn('organizer@example.org');
    expect(organizer.cookies.has('gorod_device')).toBe(true);
    await organizer.client.auth.signOut.mutate();
    // Strangers on the same Wi-Fi guess: 25 wrong passwords, some at the organizer's own account.
    for (let i = 0; i < 25; i++) {
      const email = i < 5 ? 'organizer@example.org' : `guess-${i}@example.org`;
      await from(address).call('auth.signIn', 'mutation', wrong(email));
    }
    expect((await from(address).call('auth.signIn', 'mutation', right('learner@example.org'))).status).toBe(429);
    expect((await from('192.0.2.81').call('auth.signIn', 'mutation', right('organizer@example.org'))).status).toBe(429);
    const back = await organizer.call('auth.signIn', 'mutation', right('organizer@example.org'));
    expect(back.status).toBe(200);
    expect(back.body.result.data.email).toBe('organizer@example.org');
    // The owner got in, so the lock strangers put on the account has ended for their other browsers too.
    expect((await from('192.0.2.82').call('auth.signIn', 'mutation', right('organizer@example.org'))).status).toBe(200);
  });

  it('gives an address its check back after a success, so people who know their password do not use up the venue', async () => {
    const address = '192.0.2.90';
    for (let i = 0; i < 30; i++) {
      const person = from(address);
      await person.signIn('learner@example.org');
      expect(person.cookies.has('gorod_session')).toBe(true);
    }
    expect(await failuresCounted(venue(), `address:${address}`)).toBe(0);
  });

  it('lets an organizer see and lift a lock, and audits it', async () => {
    const organizer = await from('192.0.2.100').signIn('organizer@example.org');
    for (let i = 0; i < 5; i++) await from('192.0.2.101').call('auth.signIn', 'mutation', wrong('learner@example.org'));
    const [locked] = (await organizer.client.people.list.query({ search: 'learner@' })).items;
    expect(locked?.lockedUntil).toBe(new Date(clock.getTime() + 60_000).toISOString());
    expect((await from('192.0.2.102').call('auth.signIn', 'mutation', right('learner@example.org'))).status).toBe(429);

    expect(await organizer.client.people.unlock.mutate({ userId: locked!.id })).toEqual({ ok: true });
    expect((await organizer.client.people.list.query({ search: 'learner@' })).items[0]?.lockedUntil).toBeNull();
    const [event] = (await organizer.client.audit.list.query({ event: 'people.unlocked' })).items;
    expect(event).toMatchObject({ event: 'people.unlocked', subjectUserId: locked!.id, details: { lockedUntil: locked!.lockedUntil } });
    expect((await from('192.0.2.102').call('auth.signIn', 'mutation', right('learner@example.org'))).status).toBe(200);
  });

  it('checks the current password at most 5 times when 20 wrong changes arrive at once', async () => {
    const laptop = await from('192.0.2.110').signIn('instructor@example.org');
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async () => (await laptop.call('auth.changePassword', 'mutation', { currentPassword: 'not-it', newPassword: 'совсем-новый-пароль' })).status),
    );
    expect(statuses.filter((s) => s === 400)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('does not let a spoofed X-Forwarded-For reset the counter of an address', async () => {
    const agent = api().agent();
    for (let i = 0; i < 20; i++) {
      agent.headers = { 'x-forwarded-for': `203.0.113.${i}` };
      await agent.call('auth.signIn', 'mutation', wrong(`person${i}@example.org`));
    }
    agent.headers = { 'x-forwarded-for': '198.51.100.7' };
    const { status } = await agent.call('auth.signIn', 'mutation', { email: 'learner@example.org', password: 'gorod-demo' });
    expect(status).toBe(429);
  });

  it('believes X-Forwarded-For from a configured trusted proxy', async () => {
    const agent = from('203.0.113.50');
    for (let i = 0; i < 20; i++) await agent.call('auth.signIn', 'mutation', wrong(`someone${i}@example.org`));
    expect((await agent.call('auth.signIn', 'mutation', right('learner@example.org'))).status).toBe(429);
    agent.headers = { 'x-forwarded-for': '203.0.113.51' };
    expect((await agent.call('auth.signIn', 'mutation', right('learner@example.org'))).status).toBe(200);
  });

  it('marks the session and device cookies Secure when a trusted proxy says the client used HTTPS', async () => {
    const agent = from('203.0.113.60');
    agent.headers['x-forwarded-proto'] = 'https';
    const response = await agent.fetch(`${venue().url}/api/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(right('organizer@example.org')),
    });
    const cookies = response.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('gorod_session='))).toMatch(/; Secure/);
    const device = cookies.find((c) => c.startsWith('gorod_device='));
    expect(device).toMatch(/; HttpOnly/);
    expect(device).toMatch(/; Secure/);
    expect(device).toMatch(/; SameSite=Lax/);
  });
});
