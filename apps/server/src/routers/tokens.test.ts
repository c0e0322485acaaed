import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

describeEachDialect('API tokens', (dialect) => {
  const api = useTestServer(dialect);

  it('shows a new token’s secret once, and lists it without the secret', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { token, secret } = await learner.client.tokens.create.mutate({ name: 'City portal', scopes: ['profile:read'] });
    expect(secret).toMatch(/^gorod_[\w-]+\.[\w-]{20,}$/);
    const listed = await learner.client.tokens.list.query();
    expect(listed.find((t) => t.id === token.id)).toEqual({ ...token, lastUsedAt: null });
    expect(JSON.stringify(listed)).not.toContain(secret.split('.')[1]);
  });

  it('calls the API with a token that has the scope, and records when it was last used', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { token, secret } = await learner.client.tokens.create.mutate({ name: 'Dashboard', scopes: ['profile:read', 'program:read'] });
    const client = api().agent(secret);
    expect((await client.client.auth.me.query()).email).toBe('learner@example.org');
    const used = (await learner.client.tokens.list.query()).find((t) => t.id === token.id);
    expect(used?.lastUsedAt).not.toBeNull();
  });

  it('refuses a token without the procedure’s scope with an error naming the scope', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { secret } = await learner.client.tokens.create.mutate({ name: 'Program only', scopes: ['program:read'] });
    const { status, body } = await api().agent(secret).call('auth.me', 'query');
    expect(status).toBe(403);
    expect(body.error.message).toContain('profile:read');
  });

  it('never lets a token manage tokens', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { secret } = await learner.client.tokens.create.mutate({ name: 'All scopes', scopes: ['profile:read', 'program:read', 'catalog:read'] });
    expect((await api().agent(secret).call('tokens.create', 'mutation', { name: 'x', scopes: ['profile:read'] })).status).toBe(403);
  });

  it('stops working once revoked, and another user cannot revoke it', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { token, secret } = await learner.client.tokens.create.mutate({ name: 'Temporary', scopes: ['profile:read'] });
    const stranger = await api().signedIn('instructor@example.org');
    const theirs = await stranger.call('tokens.revoke', 'mutation', { id: token.id });
    expect(theirs.status).toBe(404);
    await learner.client.tokens.revoke.mutate({ id: token.id });
    const { status, body } = await api().agent(secret).call('auth.me', 'query');
    expect(status).toBe(401);
    expect(body.error.data.code).toBe('UNAUTHENTICATED');
    const organizer = await api().signedIn('organizer@example.org');
    const events = await organizer.client.audit.list.query({ event: 'tokens.revoked' });
    expect(events.items[0]?.details).toMatchObject({ tokenId: token.id });
  });

  it('refuses a malformed or unknown token with 401', async () => {
    expect((await api().agent('not-a-token').call('regions.list', 'query')).status).toBe(401);
    expect((await api().agent(`gorod_nope.${'x'.repeat(43)}`).call('auth.me', 'query')).status).toBe(401);
  });
});

describeEachDialect('an API token’s last use', (dialect) => {
  let clock = new Date('2026-11-25T09:00:00.000Z');
  const api = useTestServer(dialect, { now: () => clock });

  it('is written at most once a minute, not on every call', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { token, secret } = await learner.client.tokens.create.mutate({ name: 'Poller', scopes: ['profile:read'] });
    const client = api().agent(secret);
    const lastUsed = async () => (await learner.client.tokens.list.query()).find((t) => t.id === token.id)?.lastUsedAt;

    await client.client.auth.me.query();
    expect(await lastUsed()).toBe('2026-11-25T09:00:00.000Z');
    clock = new Date('2026-11-25T09:00:59.000Z');
    await client.client.auth.me.query();
    expect(await lastUsed()).toBe('2026-11-25T09:00:00.000Z');
    clock = new Date('2026-11-25T09:01:01.000Z');
    await client.client.auth.me.query();
    expect(await lastUsed()).toBe('2026-11-25T09:01:01.000Z');
  });
});
