import { findProgramSession, insertSessions } from '@gorod/db';
import { describeEachDialect } from '@gorod/db/testing';
import type { Session } from '@gorod/domain';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';
import { buildApp } from './app.js';

describeEachDialect('the public program’s SQL', (dialect) => {
  const api = useTestServer(dialect);

  /** Serves /api/public/program.json from a fresh app (an empty cache) over a database that counts its statements. */
  async function statementsToServe(): Promise<{ statements: number; sessions: number; cachedStatements: number }> {
    let statements = 0;
    const counted = api().server.db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        statements += 1;
        return args.result;
      },
    });
    const app = await buildApp({ services: { db: counted, now: () => new Date(), log: () => {}, publicUrl: api().url } });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/public/program.json' });
      expect(response.statusCode).toBe(200);
      const first = statements;
      statements = 0;
      await app.inject({ method: 'GET', url: '/api/public/program.json' });
      return { statements: first, sessions: response.json().sessions.length, cachedStatements: statements };
    } finally {
      await app.close();
    }
  }

  it('reads the program in the same number of statements whatever the number of sessions, and only the version once cached', async () => {
    const before = await statementsToServe();
    const template = (await findProgramSession(api().server.db, 'd1-hall-a-1'))!;
    const more: Session[] = Array.from({ length: 200 }, (_, i) => ({ ...template, id: `bulk-${i}`, speakerIds: ['speaker-01', 'speaker-02'] }));
    await insertSessions(api().server.db, more);
    const after = await statementsToServe();
    expect(after.sessions).toBe(before.sessions + 200);
    expect(after.statements).toBe(before.statements);
    // The editions and the program version: two small reads decide whether the kept bytes are current.
    expect(after.cachedStatements).toBe(2);
  });
});
