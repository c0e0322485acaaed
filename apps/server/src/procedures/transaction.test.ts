import { describeEachDialect } from '@gorod/db/testing';
import { GorodError } from '@gorod/domain';
import { expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../auth/policy.js';
import type { RequestServices } from '../context.js';
import { queueMail } from '../mail/outbox.js';
import type { Agent } from '../testing/agent.js';
import { mailTo } from '../testing/outbox.js';
import { useTestServer } from '../testing/test-server.js';
import { commitThenThrow, roleProcedure, router } from '../trpc.js';

/** Mutations written the way every procedure is, through the same builders, to see what the builders do. */
const probe = router({
  queueThenFail: roleProcedure(['organizer']).mutation(async ({ ctx }) => {
    await queueMail(ctx.db, ctx.now(), { to: 'rolled-back@example.org', kind: 'other', subject: 'Never', body: 'Never sent' });
    throw new GorodError('CONFLICT', 'Fails after queueing mail');
  }),
  queueCommitThenFail: roleProcedure(['organizer']).mutation(async ({ ctx }) => {
    await queueMail(ctx.db, ctx.now(), { to: 'kept@example.org', kind: 'other', subject: 'Kept', body: 'Kept on purpose' });
    throw commitThenThrow(new GorodError('CONFLICT', 'Fails after committing'));
  }),
  inTransaction: roleProcedure(['organizer']).mutation(({ ctx }) => ctx.db.isTransaction),
  readsPlainly: roleProcedure(['organizer']).query(({ ctx }) => ctx.db.isTransaction),
});

describeEachDialect('a mutation’s transaction', (dialect) => {
  const api = useTestServer(dialect);

  /** The probe router, called in-process with the request an agent's browser would send. */
  function callerOf(agent: Agent) {
    const services: RequestServices = {
      db: api().server.db,
      now: () => new Date(),
      log: () => {},
      publicUrl: api().url,
      http: {
        ip: '127.0.0.1',
        secure: false,
        origin: api().url,
        method: 'POST',
        header: (name) => (name === CSRF_HEADER ? agent.cookies.get(CSRF_COOKIE) : undefined),
        cookie: (name) => (name === SESSION_COOKIE ? agent.cookies.get(SESSION_COOKIE) : undefined),
        setCookie: () => {},
        clearCookie: () => {},
        setHeader: () => {},
      },
    };
    return probe.createCaller({ services });
  }

  it('gives a mutation its transaction as its database, and a query the plain database', async () => {
    const caller = callerOf(await api().signedIn('organizer@example.org'));
    expect(await caller.inTransaction()).toBe(true);
    expect(await caller.readsPlainly()).toBe(false);
  });

  it('rolls back everything a failing mutation wrote, so the mail it queued is never sent', async () => {
    const caller = callerOf(await api().signedIn('organizer@example.org'));
    await expect(caller.queueThenFail()).rejects.toMatchObject({ cause: { code: 'CONFLICT' } });
    expect(await mailTo(api().server.db, 'rolled-back@example.org')).toEqual([]);
  });

  it('commits what a mutation wrote before answering with commitThenThrow’s error', async () => {
    const caller = callerOf(await api().signedIn('organizer@example.org'));
    await expect(caller.queueCommitThenFail()).rejects.toMatchObject({ cause: { code: 'CONFLICT' } });
    expect((await mailTo(api().server.db, 'kept@example.org')).map((mail) => mail.subject)).toEqual(['Kept']);
  });
});
