import { describeEachDialect } from '@gorod/db/testing';
import { useTestServer } from '@gorod/server/testing';
import { expect, it } from 'vitest';
import { createGorodClient, toGorodError } from '../src/index.js';

describeEachDialect('createGorodClient against a live server', (dialect) => {
  const api = useTestServer(dialect);

  it('reads the directory anonymously from the address as copied from the browser', async () => {
    const gorod = createGorodClient({ url: `${api().url}/` });
    const [page, regions] = await Promise.all([gorod.cities.list.query({ search: 'пермь' }), gorod.regions.list.query()]);
    expect(page.items.map((c) => c.id)).toEqual(['perm']);
    expect(regions.some((r) => r.id === 'RU-PER')).toBe(true);
  });

  it('calls as a user with an API token, and is refused a procedure outside its scopes', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { secret } = await learner.client.tokens.create.mutate({ name: 'SDK test', scopes: ['profile:read'] });
    const gorod = createGorodClient({ url: api().url, token: secret });
    expect((await gorod.auth.me.query()).email).toBe('learner@example.org');
    const refused = toGorodError(await gorod.tokens.list.query().catch((e: unknown) => e));
    expect([refused.code, refused.status]).toEqual(['FORBIDDEN', 403]);
  });

  it('reports a revoked token as UNAUTHENTICATED', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { token, secret } = await learner.client.tokens.create.mutate({ name: 'short-lived', scopes: ['profile:read'] });
    await learner.client.tokens.revoke.mutate({ id: token.id });
    const error = toGorodError(await createGorodClient({ url: api().url, token: secret }).auth.me.query().catch((e: unknown) => e));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('keeps many parallel calls within the batch limit of the server and sends account calls on their own', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { secret } = await learner.client.tokens.create.mutate({ name: 'parallel', scopes: ['profile:read'] });
    const gorod = createGorodClient({ url: api().url, token: secret });
    const [me, ...pages] = await Promise.all([
      gorod.auth.me.query(),
      ...Array.from({ length: 25 }, (_, i) => gorod.cities.list.query({ limit: i + 1 })),
    ]);
    expect(me.email).toBe('learner@example.org');
    expect(pages.map((page) => page.items.length)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});
