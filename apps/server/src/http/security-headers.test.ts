import { describeEachDialect } from '@gorod/db/testing';
import { apiPath } from '@gorod/domain';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

const strictPolicy =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data: blob:;connect-src 'self';font-src 'self';" +
  "object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'";

function expectSecurityHeaders(headers: Headers) {
  expect(headers.get('content-security-policy')).toBe(strictPolicy);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
}

describeEachDialect('security headers', (dialect) => {
  const api = useTestServer(dialect);
  const behindHttpsProxy = useTestServer(dialect, { trustProxy: '127.0.0.1' });

  it('sends the strict policy and its companions on answers and on errors alike', async () => {
    for (const path of ['/api/health', `${apiPath}/editions.current`, `${apiPath}/auth.me`, '/api/nothing-here']) {
      const response = await fetch(`${api().url}${path}`);
      expectSecurityHeaders(response.headers);
    }
    const refused = await fetch(`${api().url}${apiPath}/auth.signIn`, { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } });
    expect(refused.status).toBe(415);
    expectSecurityHeaders(refused.headers);
  });

  it('lets no API answer be stored, as each depends on its caller or on a secret in its input', async () => {
    const learner = await api().signedIn('learner@example.org');
    const me = await learner.call('auth.me', 'query');
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    const organizer = await api().signedIn('organizer@example.org');
    expect((await organizer.call('mail.outbox', 'query')).headers.get('cache-control')).toBe('no-store');
    const invitation = await fetch(`${api().url}${apiPath}/auth.invitation?input=${encodeURIComponent(JSON.stringify({ token: 'x'.repeat(43) }))}`);
    expect(invitation.headers.get('cache-control')).toBe('no-store');
  });

  it('sends HSTS only over HTTPS, as a trusted proxy reports it', async () => {
    expect((await fetch(`${api().url}/api/health`)).headers.get('strict-transport-security')).toBeNull();
    expect((await fetch(`${api().url}/api/health`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBeNull();
    const secure = await fetch(`${behindHttpsProxy().url}/api/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect((await fetch(`${behindHttpsProxy().url}/api/health`)).headers.get('strict-transport-security')).toBeNull();
  });
});
