import { isIP } from 'node:net';
import { describeEachDialect } from '@gorod/db/testing';
import { apiPath } from '@gorod/domain';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';
import { isForwardedFor, isHost } from './forwarded-headers.js';

describe('forwarded header values', () => {
  it('takes IPv4 and IPv6 hops and nothing else', () => {
    expect(isForwardedFor('203.0.113.7')).toBe(true);
    expect(isForwardedFor('2001:db8::1, 203.0.113.7')).toBe(true);
    for (const bad of ['<img src=x onerror=alert(1)>', 'unknown', '203.0.113.7:443', '', `${'1'.repeat(65)}`, '203.0.113.7,']) {
      expect(isForwardedFor(bad), bad).toBe(false);
    }
  });

  it('takes host names, addresses and ports, and nothing a URL cannot hold', () => {
    for (const good of ['forum.example.org', 'localhost:3000', '[::1]:3000', '127.0.0.1', 'gorod_app:3000']) {
      expect(isHost(good), good).toBe(true);
    }
    for (const bad of ['a b', '[x', 'x:99999', 'x:', 'evil.org/path', 'user@evil.org', '<b>']) {
      expect(isHost(bad), bad).toBe(false);
    }
  });
});

// The test client connects from 127.0.0.1, the trusted proxy: its X-Forwarded-* headers are believed.
describeEachDialect('X-Forwarded-* behind a trusted proxy', (dialect) => {
  const api = useTestServer(dialect, { trustProxy: '127.0.0.1' });

  const signInFrom = async (forwardedFor: string) => {
    const agent = api().agent();
    agent.headers = { 'x-forwarded-for': forwardedFor };
    return agent.call('auth.signIn', 'mutation', { email: 'learner@example.org', password: 'wrong password' });
  };

  it('refuses an X-Forwarded-For that is not an address with 400 naming the header, and stores nothing', async () => {
    for (const forwardedFor of ['<img src=x onerror=alert(1)>', 'a'.repeat(65)]) {
      const { status, body } = await signInFrom(forwardedFor);
      expect(status).toBe(400);
      expect(body.error.data).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['headers', 'x-forwarded-for'] }] });
    }
    const { db } = api().server;
    const audited = (await db.selectFrom('audit_events').select('ip').execute()).map((row) => row.ip ?? '');
    const throttled = (await db.selectFrom('sign_in_failures').select('key').execute()).map((row) => row.key);
    const addresses = [...audited, ...throttled.filter((key) => key.startsWith('address:')).map((key) => key.slice(8))];
    expect(addresses.filter((address) => address !== '' && isIP(address) === 0)).toEqual([]);
  });

  it('still signs in, audits and throttles by a well-formed forwarded address', async () => {
    const { status } = await signInFrom('2001:db8::7, 203.0.113.9');
    expect(status).toBe(401);
    const audited = await api().server.db.selectFrom('audit_events').select('ip').where('event', '=', 'auth.sign_in_failed').execute();
    expect(audited.map((row) => row.ip)).toContain('203.0.113.9');
  });

  it('refuses an X-Forwarded-Proto or X-Forwarded-Host a proxy would not send', async () => {
    const forged: Record<string, string>[] = [{ 'x-forwarded-proto': 'javascript' }, { 'x-forwarded-host': 'evil.org/reset' }];
    for (const headers of forged) {
      const response = await fetch(`${api().url}${apiPath}/editions.current`, { headers });
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).error.data.code).toBe('INVALID_INPUT');
    }
  });
});

describeEachDialect('X-Forwarded-* without a trusted proxy', (dialect) => {
  const api = useTestServer(dialect);

  it('ignores the headers entirely, well-formed or not', async () => {
    const response = await fetch(`${api().url}${apiPath}/editions.current`, { headers: { 'x-forwarded-for': '<img>' } });
    expect(response.status).toBe(200);
  });
});
