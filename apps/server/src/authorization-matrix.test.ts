/**
 * The authorization matrix: every procedure of the router, called by every kind of caller, against the
 * table below. A new procedure without a row here (or without a declared access) fails this test.
 */
import type { Access } from '@gorod/domain';
import { describeEachDialect } from '@gorod/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './router.js';
import type { Agent } from './testing/agent.js';
import { useTestServer } from './testing/test-server.js';

type Expected = 'public' | 'signedIn' | 'signedIn+profile:read' | 'organizer';

const expected: Record<string, Expected> = {
  'regions.list': 'public',
  'cities.list': 'public',
  'cities.get': 'public',
  'editions.current': 'public',
  'delegations.list': 'public',
  'delegations.partners': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'auth.signOutEverywhere': 'signedIn',
  'auth.sessions': 'signedIn',
  'auth.endSession': 'signedIn',
  'auth.me': 'signedIn+profile:read',
  'auth.changePassword': 'signedIn',
  'auth.requestPasswordReset': 'public',
  'auth.resetPassword': 'public',
  'auth.invitation': 'public',
  'auth.acceptInvitation': 'public',
  'profile.update': 'signedIn',
  'tokens.list': 'signedIn',
  'tokens.create': 'signedIn',
  'tokens.revoke': 'signedIn',
  'people.list': 'organizer',
  'people.invite': 'organizer',
  'people.importCsv': 'organizer',
  'people.resendInvitation': 'organizer',
  'people.setRoles': 'organizer',
  'people.deactivate': 'organizer',
  'people.reactivate': 'organizer',
  'people.unlock': 'organizer',
  'audit.list': 'organizer',
  'mail.outbox': 'organizer',
};

const declared = (expectation: Expected): Access =>
  ({
    public: { kind: 'public' },
    signedIn: { kind: 'signedIn' },
    'signedIn+profile:read': { kind: 'signedIn', scope: 'profile:read' },
    organizer: { kind: 'role', roles: ['organizer'] },
  })[expectation] as Access;

type Caller = 'anonymous' | 'learner' | 'otherLearner' | 'instructor' | 'organizer' | 'tokenWithScopes' | 'tokenWithoutScopes';
const callers: Caller[] = ['anonymous', 'learner', 'otherLearner', 'instructor', 'organizer', 'tokenWithScopes', 'tokenWithoutScopes'];

/** Whether `caller` may call a procedure of this kind: written out by hand, not derived from the code under test. */
function mayCall(expectation: Expected, caller: Caller): boolean {
  switch (expectation) {
    case 'public':
      return true;
    case 'signedIn':
      return ['learner', 'otherLearner', 'instructor', 'organizer'].includes(caller);
    case 'signedIn+profile:read':
      return ['learner', 'otherLearner', 'instructor', 'organizer', 'tokenWithScopes'].includes(caller);
    case 'organizer':
      return caller === 'organizer';
  }
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string; meta?: { access?: Access }; inputs: unknown[] } }>);

describe('every procedure declares who may call it', () => {
  it('has a row in the matrix and the access the row expects', () => {
    const undeclared = procedures.filter(([, p]) => !p._def.meta?.access).map(([path]) => path);
    expect(undeclared, 'procedures without a declared access').toEqual([]);
    expect(procedures.map(([path]) => path).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, procedure] of procedures) expect(procedure._def.meta?.access, path).toEqual(declared(expected[path]!));
  });
});

describeEachDialect('authorization matrix', (dialect) => {
  const api = useTestServer(dialect);
  const agents = {} as Record<Caller, Agent>;

  async function signInAll() {
    agents.anonymous = api().agent();
    agents.learner = await api().signedIn('learner@example.org');
    agents.instructor = await api().signedIn('instructor@example.org');
    agents.organizer = await api().signedIn('organizer@example.org');
    agents.otherLearner = otherLearnerExists ? await api().signedIn('other@example.org', 'другой-пароль-123') : await makeOtherLearner();
  }

  let otherLearnerExists = false;
  async function makeOtherLearner(): Promise<Agent> {
    otherLearnerExists = true;
    await agents.organizer.client.people.invite.mutate({ email: 'other@example.org', name: 'Другой слушатель' });
    const mail = await api().lastMailTo('other@example.org');
    const token = /\/invitation\/([\w-]+)/.exec(mail!.body)![1]!;
    const other = api().agent();
    await other.client.auth.acceptInvitation.mutate({ token, password: 'другой-пароль-123' });
    return other;
  }

  beforeAll(async () => {
    await signInAll();
    const all = await agents.learner.client.tokens.create.mutate({ name: 'all', scopes: ['profile:read', 'program:read', 'catalog:read', 'progress:read', 'enrollments:write'] });
    const none = await agents.learner.client.tokens.create.mutate({ name: 'catalog only', scopes: ['catalog:read'] });
    agents.tokenWithScopes = api().agent(all.secret);
    agents.tokenWithoutScopes = api().agent(none.secret);
  });

  it('answers each caller of each procedure as the table says', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const [path, procedure] of procedures) {
      const type = procedure._def.type === 'mutation' ? 'mutation' : 'query';
      // With an input, send one with an unknown key: an allowed caller gets 400 and changes nothing.
      const input = procedure._def.inputs.length > 0 ? { '~matrix': true } : undefined;
      for (const caller of callers) {
        const { status } = await agents[caller].call(path, type, input);
        calls += 1;
        const allowed = status !== 401 && status !== 403;
        if (allowed !== mayCall(expected[path]!, caller)) mismatches.push(`${path} by ${caller}: ${status}`);
        if (!allowed && !mayCall(expected[path]!, caller)) {
          expect(status, `${path} by ${caller}`).toBe(caller === 'anonymous' ? 401 : 403);
        }
      }
      // Signing out (here or everywhere) ends sessions: sign the callers in again for the next procedure.
      if (path.startsWith('auth.signOut')) await signInAll();
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(procedures.length * callers.length);
  });
});
