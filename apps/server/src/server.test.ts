import { createTestDatabaseUrl, describeEachDialect } from '@gorod/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer } from './server.js';
import { Agent } from './testing/agent.js';

describeEachDialect('starting the server', (dialect) => {
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabaseUrl(dialect);
  });
  afterAll(() => database.drop());

  it('seeds an empty database with the demo forum and accounts, and a second start keeps what changed', async () => {
    const first = await createServer({ databaseUrl: database.url, demo: true });
    const learner = new Agent(await first.listen(0));
    await learner.signIn('learner@example.org');
    await learner.client.profile.update.mutate({ name: 'Лариса Переименованная' });
    await first.close();

    const second = await createServer({ databaseUrl: database.url, demo: true });
    try {
      const again = new Agent(await second.listen(0));
      await again.signIn('learner@example.org');
      expect((await again.client.auth.me.query()).name).toBe('Лариса Переименованная');
      const edition = await again.client.editions.current.query();
      expect(await again.client.delegations.list.query({ editionId: edition.id })).toHaveLength(40);
    } finally {
      await second.close();
    }
  });

  it('creates no demo accounts without --demo', async () => {
    const fresh = await createTestDatabaseUrl(dialect);
    const server = await createServer({ databaseUrl: fresh.url });
    try {
      const agent = new Agent(await server.listen(0));
      const { status } = await agent.call('auth.signIn', 'mutation', { email: 'organizer@example.org', password: 'gorod-demo' });
      expect(status).toBe(401);
      expect((await agent.client.cities.get.query({ id: 'yekaterinburg' })).name.ru).toBe('Екатеринбург');
    } finally {
      await server.close();
      await fresh.drop();
    }
  });
});
