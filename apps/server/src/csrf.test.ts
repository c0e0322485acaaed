import { describeEachDialect } from '@gorod/db/testing';
import { apiPath } from '@gorod/domain';
import { expect, it } from 'vitest';
import { useTestServer } from './testing/test-server.js';

// A cross-site page can make the browser send Gorod's cookies but can neither read them nor set a header.
describeEachDialect('CSRF on public mutations', (dialect) => {
  const api = useTestServer(dialect);

  it('refuses signOut by a live session without the CSRF header, and the session lives on', async () => {
    const agent = await api().signedIn('learner@example.org');
    agent.sendCsrf = false;
    const { status, body } = await agent.call('auth.signOut', 'mutation');
    expect(status).toBe(403);
    expect(body.error.data.code).toBe('FORBIDDEN');
    expect((await agent.call('auth.me', 'query')).status).toBe(200);
    agent.sendCsrf = true;
    expect((await agent.call('auth.signOut', 'mutation')).status).toBe(200);
    expect((await agent.call('auth.me', 'query')).status).toBe(401);
  });

  it('refuses a cross-site form posting signOut before it reaches the procedure', async () => {
    const agent = await api().signedIn('learner@example.org');
    const response = await agent.fetch(`${api().url}${apiPath}/auth.signOut`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-gorod-csrf': '' },
      body: '',
    });
    expect(response.status).toBe(415);
    expect((await agent.call('auth.me', 'query')).status).toBe(200);
  });

  it('refuses signing in over a live session without the header, so a page cannot swap the session', async () => {
    const agent = await api().signedIn('learner@example.org');
    agent.sendCsrf = false;
    const refused = await agent.call('auth.signIn', 'mutation', { email: 'instructor@example.org', password: 'gorod-demo' });
    expect(refused.status).toBe(403);
    expect((await agent.call('auth.me', 'query')).body.result.data.email).toBe('learner@example.org');
  });

  it('signs in without the header from a fresh browser and over an ended session', async () => {
    const fresh = api().agent();
    fresh.sendCsrf = false;
    expect((await fresh.call('auth.signIn', 'mutation', { email: 'learner@example.org', password: 'gorod-demo' })).status).toBe(200);
    const stale = api().agent();
    stale.sendCsrf = false;
    stale.cookies.set('gorod_session', 'ended-long-ago').set('gorod_csrf', 'ended-long-ago');
    expect((await stale.call('auth.signIn', 'mutation', { email: 'learner@example.org', password: 'gorod-demo' })).status).toBe(200);
    expect((await stale.call('auth.signOut', 'mutation')).status).toBe(403);
  });
});
