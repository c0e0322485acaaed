import { createDb, findProgramSession, insertSessions } from '@gorod/db';
import { countingStatements, describeEachDialect } from '@gorod/db/testing';
import type { Session } from '@gorod/domain';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';
import { ProgramChanges } from '../program/program-state.js';
import { buildApp } from './app.js';

describeEachDialect('the public program’s SQL', (dialect) => {
  const api = useTestServer(dialect);

  /** Serves /api/public/program.json from a fresh app (an empty cache) over a database that counts its statements. */
  async function statementsToServe(): Promise<{ statements: number; sessions: number; cachedStatements: number }> {
    const { db: counted, take } = countingStatements(api().server.db);
    const app = await buildApp({ services: { db: counted, now: () => new Date(), log: () => {}, publicUrl: api().url } });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/public/program.json' });
      expect(response.statusCode).toBe(200);
      const first = take();
      await app.inject({ method: 'GET', url: '/api/public/program.json' });
      return { statements: first, sessions: response.json().sessions.length, cachedStatements: take() };
    } finally {
      await app.close();
    }
  }

  it('reads the program in the same number of statements whatever the number of sessions, and nothing more once cached', async () => {
    const before = await statementsToServe();
    const template = (await findProgramSession(api().server.db, 'd1-hall-a-1'))!;
    const more: Session[] = Array.from({ length: 200 }, (_, i) => ({ ...template, id: `bulk-${i}`, speakerIds: ['speaker-01', 'speaker-02'] }));
    await insertSessions(api().server.db, more);
    const after = await statementsToServe();
    expect(after.sessions).toBe(before.sessions + 200);
    expect(after.statements).toBe(before.statements);
    // The editions and program versions read for the first answer are trusted until the re-check is due.
    expect(after.cachedStatements).toBe(0);
  });
});

describeEachDialect('the public program across replicas', (dialect) => {
  const api = useTestServer(dialect);

  it('serves a change made through another server on the same database once the re-check bound has passed', async () => {
    let clock = 0;
    const recheckMs = 1000;
    const otherDb = createDb({ url: api().databaseUrl });
    const other = await buildApp({
      services: { db: otherDb, now: () => new Date(), log: () => {}, publicUrl: api().url },
      // Its own change count: it hears of the first server's changes only through the database, like another process.
      program: { recheckMs, clock: () => clock, changes: new ProgramChanges() },
    });
    const speakerName = async () => {
      const response = await other.inject({ method: 'GET', url: '/api/public/program.json' });
      return response.json().speakers.find((speaker: { id: string }) => speaker.id === 'guest-urbanist').name.ru as string;
    };
    try {
      const before = await speakerName();
      const organizer = await api().signedIn('organizer@example.org');
      await organizer.call('program.speakers.update', 'mutation', { id: 'guest-urbanist', name: { ru: 'Новое имя' } });
      // The server that made the change serves it at once.
      const here = await fetch(`${api().url}/api/public/program.json`);
      expect(((await here.json()) as { speakers: { id: string; name: { ru: string } }[] }).speakers.find((speaker: { id: string }) => speaker.id === 'guest-urbanist')?.name.ru).toBe('Новое имя');
      // The other replica keeps what it read until the bound, then reads the new version.
      clock += recheckMs - 1;
      expect(await speakerName()).toBe(before);
      clock += 1;
      expect(await speakerName()).toBe('Новое имя');
    } finally {
      await other.close();
      await otherDb.destroy();
    }
  });
});
