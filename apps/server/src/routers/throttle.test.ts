import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

const wrong = (email: string) => ({ email, password: 'definitely-wrong' });

describeEachDialect('sign-in throttling', (dialect) => {
  const api = useTestServer(dialect);
  const trusted = useTestServer(dialect, { trustProxy: '127.0.0.1' });

  it('locks an account after 5 failures with 429 and a retry time, even for the right password', async () => {
    const agent = api().agent();
    for (let i = 0; i < 5; i++) expect((await agent.call('auth.signIn', 'mutation', wrong('instructor@example.org'))).status).toBe(401);
    const locked = await api().agent().call('auth.signIn', 'mutation', { email: 'instructor@example.org', password: 'gorod-demo' });
    expect(locked.status).toBe(429);
    expect(locked.body.error.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: expect.any(Number) } });
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
  });

  it('locks an unknown email the same way, so the answer reveals nothing', async () => {
    for (let i = 0; i < 5; i++) await api().agent().call('auth.signIn', 'mutation', wrong('nobody@example.org'));
    expect((await api().agent().call('auth.signIn', 'mutation', wrong('nobody@example.org'))).status).toBe(429);
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
    const agent = trusted().agent();
    agent.headers = { 'x-forwarded-for': '203.0.113.50' };
    for (let i = 0; i < 20; i++) await agent.call('auth.signIn', 'mutation', wrong(`someone${i}@example.org`));
    expect((await agent.call('auth.signIn', 'mutation', { email: 'learner@example.org', password: 'gorod-demo' })).status).toBe(429);
    agent.headers = { 'x-forwarded-for': '203.0.113.51' };
    expect((await agent.call('auth.signIn', 'mutation', { email: 'learner@example.org', password: 'gorod-demo' })).status).toBe(200);
  });

  it('marks the cookie Secure when a trusted proxy says the client used HTTPS', async () => {
    const agent = trusted().agent();
    agent.headers = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.60' };
    const response = await agent.fetch(`${trusted().url}/api/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'organizer@example.org', password: 'gorod-demo' }),
    });
    expect(response.headers.getSetCookie().find((c) => c.startsWith('gorod_session='))).toMatch(/; Secure/);
  });
});
