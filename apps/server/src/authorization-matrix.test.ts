/**
 * The authorization matrix: every procedure of the router, called by every kind of caller, against the
 * tables below — its declared access (`expected`), who may act on a resource it names (`ownership`, with
 * valid inputs for a resource the caller owns and one it does not), and its token scope (`scoped`).
 * A new procedure without its rows (or without a declared access) fails this test.
 */
import type { Access, TokenScope } from '@gorod/domain';
import { describeEachDialect } from '@gorod/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './router.js';
import { type Caller, callers, type Person, ResourceFixtures, someoneElse } from './testing/resource-fixtures.js';
import { useTestServer } from './testing/test-server.js';

type Expected =
  | 'public'
  | 'signedIn'
  | 'signedIn+profile:read'
  | 'signedIn+program:read'
  | 'signedIn+enrollments:write'
  | 'signedIn+progress:read'
  | 'organizer'
  | 'instructor';

const expected: Record<string, Expected> = {
  'regions.list': 'public',
  'cities.list': 'public',
  'cities.get': 'public',
  'editions.current': 'public',
  'delegations.list': 'public',
  'delegations.partners': 'public',
  'delegations.directory': 'public',
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
  'people.resendInvitations': 'organizer',
  'people.setRoles': 'organizer',
  'people.setDelegation': 'organizer',
  'people.deactivate': 'organizer',
  'people.reactivate': 'organizer',
  'people.unlock': 'organizer',
  'audit.list': 'organizer',
  'mail.outbox': 'organizer',
  'program.sessions.list': 'public',
  'program.sessions.get': 'public',
  'program.sessions.create': 'organizer',
  'program.sessions.update': 'organizer',
  'program.sessions.cancel': 'organizer',
  'program.rooms.list': 'public',
  'program.rooms.create': 'organizer',
  'program.rooms.update': 'organizer',
  'program.tracks.list': 'public',
  'program.tracks.create': 'organizer',
  'program.tracks.update': 'organizer',
  'program.speakers.list': 'public',
  'program.speakers.create': 'organizer',
  'program.speakers.update': 'organizer',
  'program.speakers.accounts': 'organizer',
  'program.speakers.mine': 'signedIn+program:read',
  'registrations.register': 'signedIn+enrollments:write',
  'registrations.cancel': 'signedIn+enrollments:write',
  'registrations.mine': 'signedIn+program:read',
  'registrations.ofSession': 'organizer',
  'agenda.mine': 'signedIn+program:read',
  'agenda.star': 'signedIn',
  'agenda.unstar': 'signedIn',
  'agenda.feed': 'signedIn',
  'agenda.resetFeed': 'signedIn',
  'checkIn.scan': 'organizer',
  'feedback.submit': 'signedIn',
  'feedback.summary': 'signedIn',
  'courses.catalog': 'public',
  'courses.get': 'public',
  'courses.mine': 'instructor',
  'courses.create': 'instructor',
  'courses.update': 'signedIn',
  'courses.setInstructors': 'signedIn',
  'courses.draft': 'signedIn',
  'courses.saveDraft': 'signedIn',
  'courses.publish': 'signedIn',
  'courses.archive': 'signedIn',
  'courses.versions': 'signedIn',
  // ——— Enrolments, cohorts and progress (learning helper).
  'enrollments.enroll': 'signedIn+enrollments:write',
  'enrollments.mine': 'signedIn+progress:read',
  'enrollments.withdraw': 'signedIn+enrollments:write',
  'enrollments.moveToLatest': 'signedIn+enrollments:write',
  'enrollments.add': 'signedIn',
  'enrollments.remove': 'signedIn',
  'cohorts.list': 'signedIn',
  'cohorts.create': 'signedIn',
  'progress.record': 'signedIn',
  'progress.mine': 'signedIn+progress:read',
  'progress.cohort': 'signedIn',
  // ——— end of the learning helper's rows.
};

const declared = (expectation: Expected): Access =>
  ({
    public: { kind: 'public' },
    signedIn: { kind: 'signedIn' },
    'signedIn+profile:read': { kind: 'signedIn', scope: 'profile:read' },
    'signedIn+program:read': { kind: 'signedIn', scope: 'program:read' },
    'signedIn+enrollments:write': { kind: 'signedIn', scope: 'enrollments:write' },
    'signedIn+progress:read': { kind: 'signedIn', scope: 'progress:read' },
    organizer: { kind: 'role', roles: ['organizer'] },
    instructor: { kind: 'role', roles: ['instructor'] },
  })[expectation] as Access;


/** Whether `caller` may call a procedure of this kind: written out by hand, not derived from the code under test. */
function mayCall(expectation: Expected, caller: Caller): boolean {
  switch (expectation) {
    case 'public':
      return true;
    case 'signedIn':
      return ['learner', 'otherLearner', 'instructor', 'otherInstructor', 'organizer'].includes(caller);
    case 'signedIn+profile:read':
    case 'signedIn+program:read':
    case 'signedIn+enrollments:write':
    case 'signedIn+progress:read':
      return ['learner', 'otherLearner', 'instructor', 'otherInstructor', 'organizer', 'tokenWithScopes'].includes(caller);
    case 'organizer':
      return caller === 'organizer';
    case 'instructor':
      return caller === 'instructor' || caller === 'otherInstructor';
  }
}

/**
 * Who may act on the resource a procedure names, with a valid input: for each listed caller, `own` is the
 * status when the resource is theirs, `notOwn` when it is someone else's of the same kind (`someoneElse`).
 * `input` makes a fresh resource of `owner`'s (fixtures in testing/resource-fixtures.ts) and names it.
 */
interface OwnershipRow {
  input: (fx: ResourceFixtures, owner: Person) => Promise<unknown>;
  own: Partial<Record<Person, number>>;
  notOwn: Partial<Record<Person, number>>;
}

const everyoneElseNotFound = { learner: 404, otherLearner: 404, instructor: 404, otherInstructor: 404, organizer: 404 };
// People are not owned: organizers manage everyone (each case invites a fresh person), nobody else may.
const organizersOnly = { organizer: 200, learner: 403, instructor: 403, otherInstructor: 403 };
const everyoneSignedIn = { learner: 200, otherLearner: 200, instructor: 200, otherInstructor: 200, organizer: 200 };
const courseOwnership = {
  own: { instructor: 200, otherInstructor: 200 },
  notOwn: { learner: 404, otherLearner: 404, instructor: 404, otherInstructor: 404, organizer: 403 },
};
// A course's instructors and organizers manage its enrolments; a learner or another instructor sees the open course but may not.
const courseManagers = { instructor: 200, otherInstructor: 200, organizer: 200 };
const notCourseManagers = { instructor: 403, otherInstructor: 403, learner: 403, organizer: 200 };

const ownership: Record<string, OwnershipRow> = {
  'tokens.revoke': {
    input: async (fx, owner) => ({ id: await fx.tokenOf(owner) }),
    own: { learner: 200, instructor: 200, otherInstructor: 200, organizer: 200 },
    notOwn: everyoneElseNotFound,
  },
  'auth.endSession': {
    input: async (fx, owner) => ({ sessionId: await fx.sessionOf(owner) }),
    own: { learner: 200, instructor: 200, otherInstructor: 200, organizer: 200 },
    notOwn: everyoneElseNotFound,
  },
  'people.resendInvitation': { input: async (fx) => ({ userId: await fx.invitedPerson() }), own: {}, notOwn: organizersOnly },
  'people.setRoles': { input: async (fx) => ({ userId: await fx.invitedPerson(), roles: ['learner', 'instructor'] }), own: {}, notOwn: organizersOnly },
  'people.setDelegation': { input: async (fx) => ({ userId: await fx.invitedPerson(), delegationId: null }), own: {}, notOwn: organizersOnly },
  'people.deactivate': { input: async (fx) => ({ userId: await fx.invitedPerson() }), own: {}, notOwn: organizersOnly },
  'people.reactivate': { input: async (fx) => ({ userId: await fx.invitedPerson() }), own: {}, notOwn: organizersOnly },
  'people.unlock': { input: async (fx) => ({ userId: await fx.invitedPerson() }), own: {}, notOwn: organizersOnly },
  // The program is not owned: organizers edit every session, room, track and speaker; nobody else may.
  'program.sessions.update': { input: async (fx) => ({ id: await fx.programSession(), title: { ru: 'Новое название' } }), own: {}, notOwn: organizersOnly },
  'program.sessions.cancel': { input: async (fx) => ({ id: await fx.programSession() }), own: {}, notOwn: organizersOnly },
  'program.rooms.update': { input: async () => ({ id: 'hall-b', floor: 2 }), own: {}, notOwn: organizersOnly },
  'program.tracks.update': { input: async () => ({ id: 'tourism', name: { ru: 'Туризм', en: 'Tourism' } }), own: {}, notOwn: organizersOnly },
  'program.speakers.update': { input: async () => ({ id: 'guest-urbanist', cityId: null }), own: {}, notOwn: organizersOnly },
  'registrations.ofSession': { input: async (fx, owner) => ({ sessionId: await fx.registrationOf(owner) }), own: {}, notOwn: organizersOnly },
  'checkIn.scan': { input: async (fx, owner) => ({ code: await fx.ticketOf(owner) }), own: {}, notOwn: organizersOnly },
  // A session's feedback is read by organizers and by its speakers through their linked accounts.
  'feedback.summary': {
    input: async (fx, owner) => ({ sessionId: await fx.sessionSpokenBy(owner) }),
    own: { learner: 200, instructor: 200, otherInstructor: 200, organizer: 200 },
    notOwn: { learner: 403, otherLearner: 403, instructor: 403, otherInstructor: 403, organizer: 200 },
  },
  // Linking a new speaker to a person account (a fresh person each time): organizers only.
  'program.speakers.create': {
    input: async (fx) => ({ editionId: 'cities-of-russia-2026', name: { ru: 'Новый докладчик' }, userId: await fx.invitedPerson() }),
    own: {},
    notOwn: organizersOnly,
  },
  // Registering and starring act on the caller's own registration or star for a public session: there is no one else's.
  'registrations.register': { input: async (fx) => ({ sessionId: await fx.programSession() }), own: everyoneSignedIn, notOwn: {} },
  'agenda.star': { input: async (fx) => ({ sessionId: await fx.programSession() }), own: everyoneSignedIn, notOwn: {} },
  'agenda.unstar': { input: async (fx) => ({ sessionId: await fx.programSession() }), own: everyoneSignedIn, notOwn: {} },
  // A registration is its person's: another's is not found, as if it did not exist.
  'registrations.cancel': { input: async (fx, owner) => ({ sessionId: await fx.registrationOf(owner) }), own: everyoneSignedIn, notOwn: everyoneElseNotFound },
  // Feedback needs the caller's own attendance: rating a session someone else attended is forbidden.
  'feedback.submit': {
    input: async (fx, owner) => ({ sessionId: await fx.attendanceOf(owner), rating: 4 }),
    own: everyoneSignedIn,
    notOwn: { learner: 403, otherLearner: 403, instructor: 403, otherInstructor: 403, organizer: 403 },
  },
  // A course is its instructors': another's unpublished course is not found, except to organizers, who see
  // every course but may not author one they do not teach.
  ...Object.fromEntries(
    (
      [
        ['courses.update', (id: string) => ({ courseId: id, title: { ru: 'Новое название курса' } })],
        ['courses.setInstructors', (id: string) => ({ courseId: id, instructorIds: [] })],
        ['courses.draft', (id: string) => ({ courseId: id })],
        ['courses.publish', (id: string) => ({ courseId: id })],
        ['courses.archive', (id: string) => ({ courseId: id })],
        ['courses.versions', (id: string) => ({ courseId: id })],
      ] as const
    ).map(([path, input]) => [path, { input: async (fx: ResourceFixtures, owner: Person) => input((await fx.courseOf(owner)).courseId), ...courseOwnership }]),
  ),
  'courses.saveDraft': {
    input: async (fx, owner) => {
      const { courseId, revision } = await fx.courseOf(owner);
      return { courseId, revision, outline: { modules: [{ id: `${courseId}-m`, title: { ru: 'Модуль' }, items: [] }] } };
    },
    ...courseOwnership,
  },
  // ——— Enrolments, cohorts and progress (learning helper). Enrolling oneself acts on one's own enrolment
  // in a public (open) course: there is no one else's. An enrolment is its learner's: another's course,
  // where the caller is not enrolled, is not found. A course's enrolments, cohorts and cohort table are
  // its instructors' and organizers': another instructor's open course is visible but forbidden.
  'enrollments.enroll': { input: async (fx, owner) => ({ courseId: await fx.learning.courseTaughtBy(owner) }), own: everyoneSignedIn, notOwn: {} },
  'enrollments.withdraw': { input: async (fx, owner) => ({ courseId: await fx.learning.enrollmentOf(owner) }), own: everyoneSignedIn, notOwn: everyoneElseNotFound },
  'enrollments.moveToLatest': { input: async (fx, owner) => ({ courseId: await fx.learning.enrollmentOf(owner) }), own: everyoneSignedIn, notOwn: everyoneElseNotFound },
  'progress.mine': { input: async (fx, owner) => ({ courseId: await fx.learning.enrollmentOf(owner) }), own: everyoneSignedIn, notOwn: everyoneElseNotFound },
  'enrollments.add': { input: async (fx, owner) => ({ courseId: await fx.learning.courseTaughtBy(owner), userIds: ['nobody'] }), own: courseManagers, notOwn: notCourseManagers },
  'enrollments.remove': { input: async (fx, owner) => fx.learning.learnerOfCourseTaughtBy(owner), own: courseManagers, notOwn: notCourseManagers },
  'cohorts.list': { input: async (fx, owner) => ({ courseId: await fx.learning.courseTaughtBy(owner) }), own: courseManagers, notOwn: notCourseManagers },
  'cohorts.create': { input: async (fx, owner) => ({ courseId: await fx.learning.courseTaughtBy(owner), name: 'Группа матрицы' }), own: courseManagers, notOwn: notCourseManagers },
  'progress.cohort': { input: async (fx, owner) => ({ courseId: await fx.learning.courseTaughtBy(owner) }), own: courseManagers, notOwn: notCourseManagers },
  // ——— end of the learning helper's rows.
};

/** Input keys that reference something public rather than name the resource a procedure acts on. */
const referenceKeys: Record<string, string> = {
  cityId: 'a city of the public directory, referenced, never acted on',
  editionId: 'the forum edition a program record is added to, referenced',
  roomId: 'the room a new session takes place in, referenced',
  partnerCityId: 'a partner city of a joint section, referenced',
  delegationId: 'the delegation a person is linked to, referenced',
};

/** A valid input for each procedure that declares a token scope (undefined: it takes none). */
const scoped: Record<string, (fx: ResourceFixtures) => Promise<unknown>> = {
  'auth.me': async () => undefined,
  'registrations.register': async (fx) => ({ sessionId: await fx.programSession() }),
  'registrations.cancel': async (fx) => ({ sessionId: await fx.registrationOf('learner') }),
  'registrations.mine': async () => undefined,
  'program.speakers.mine': async () => undefined,
  'agenda.mine': async () => undefined,
  // ——— Enrolments and progress (learning helper).
  'enrollments.enroll': async (fx) => ({ courseId: await fx.learning.courseTaughtBy('instructor') }),
  'enrollments.withdraw': async (fx) => ({ courseId: await fx.learning.enrollmentOf('learner') }),
  'enrollments.moveToLatest': async (fx) => ({ courseId: await fx.learning.enrollmentOf('learner') }),
  'enrollments.mine': async () => undefined,
  'progress.mine': async (fx) => ({ courseId: await fx.learning.enrollmentOf('learner') }),
};

type ProcedureDef = { _def: { type: string; meta?: { access?: Access }; inputs: { shape?: Record<string, unknown> }[] } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>);
const typeOf = (procedure: ProcedureDef) => (procedure._def.type === 'mutation' ? 'mutation' : 'query');

/** Procedures that act on a resource named in their input: not public, with an id key that is not a mere reference. */
const withResource = procedures
  .filter(([, p]) => p._def.meta?.access?.kind !== 'public')
  .filter(([, p]) => Object.keys(p._def.inputs[0]?.shape ?? {}).some((key) => /^(id|[a-z]+Id)$/.test(key) && !(key in referenceKeys)))
  .map(([path]) => path);
const withScope = procedures.filter(([, p]) => { const access = p._def.meta?.access; return access && access.kind !== 'public' && access.scope; }).map(([path]) => path);

describe('every procedure declares who may call it', () => {
  it('has a row in the matrix and the access the row expects', () => {
    const undeclared = procedures.filter(([, p]) => !p._def.meta?.access).map(([path]) => path);
    expect(undeclared, 'procedures without a declared access').toEqual([]);
    expect(procedures.map(([path]) => path).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, procedure] of procedures) expect(procedure._def.meta?.access, path).toEqual(declared(expected[path]!));
  });

  it('has an ownership row for every procedure that acts on a resource, and a valid input for every token scope', () => {
    expect(withResource.sort()).toEqual(Object.keys(ownership).sort());
    expect(withScope.sort()).toEqual(Object.keys(scoped).sort());
  });
});

/** The forum's second morning: the first day's sessions have started, so their attendees may rate them. */
const matrixClock = () => new Date('2026-11-28T06:00:00.000Z');

describeEachDialect('authorization matrix', (dialect) => {
  const api = useTestServer(dialect, { now: matrixClock });
  const fx = new ResourceFixtures(api);
  const agents = fx.agents;

  beforeAll(async () => {
    await fx.signInAll();
    await fx.issueTokens();
  });

  it('answers each caller of each procedure as the table says', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const [path, procedure] of procedures) {
      const type = procedure._def.type === 'mutation' ? 'mutation' : 'query';
      // With an input, send one with an unknown key: an allowed caller gets 400 and changes nothing.
      const input = procedure._def.inputs.length > 0 ? { '~matrix': true } : undefined;
      // The callers are independent people and an allowed call changes nothing, so they call at once.
      const statuses = await Promise.all(callers.map(async (caller) => [caller, (await agents[caller].call(path, type, input)).status] as const));
      for (const [caller, status] of statuses) {
        calls += 1;
        const allowed = status !== 401 && status !== 403;
        if (allowed !== mayCall(expected[path]!, caller)) mismatches.push(`${path} by ${caller}: ${status}`);
        if (!allowed && !mayCall(expected[path]!, caller)) {
          expect(status, `${path} by ${caller}`).toBe(caller === 'anonymous' ? 401 : 403);
        }
      }
      // Signing out (here or everywhere) ends sessions: sign the callers in again for the next procedure.
      if (path.startsWith('auth.signOut')) await fx.signInAll();
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(procedures.length * callers.length);
  }, 120_000);

  // Every case makes a fresh resource of its own: the table grows with each area, so it is given two minutes.
  it('lets each caller act on a resource it owns and not on one it does not, with valid inputs', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const [path, row] of Object.entries(ownership)) {
      const type = typeOf(Object.fromEntries(procedures)[path]!);
      const cases = [
        ...Object.entries(row.own).map(([caller, status]) => ({ caller: caller as Person, owner: caller as Person, status, whose: 'own' })),
        ...Object.entries(row.notOwn).map(([caller, status]) => ({ caller: caller as Person, owner: someoneElse[caller as Person], status, whose: "another's" })),
      ];
      for (const { caller, owner, status, whose } of cases) {
        const input = await row.input(fx, owner);
        const answer = await agents[caller].call(path, type, input);
        calls += 1;
        if (answer.status !== status) mismatches.push(`${path} by ${caller} on ${whose}: ${answer.status} ${answer.body?.error?.data?.code ?? ''}`);
        // Not found names the id's field, and says the same as for an id that never existed.
        if (status === 404) expect(answer.body.error.data.issues[0]?.code, path).toBe('not_found');
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(Object.values(ownership).reduce((sum, row) => sum + Object.keys(row.own).length + Object.keys(row.notOwn).length, 0));
  }, 120_000);

  it('lets a token with the declared scope call its procedure and refuses one without it', async () => {
    for (const [path, makeInput] of Object.entries(scoped)) {
      const procedure = Object.fromEntries(procedures)[path]!;
      const scope = (procedure._def.meta!.access as { scope: TokenScope }).scope;
      const input = await makeInput(fx);
      const withIt = await agents.learner.client.tokens.create.mutate({ name: `has ${scope}`, scopes: [scope] });
      const others = (['program:read', 'catalog:read', 'enrollments:write', 'progress:read', 'profile:read'] as const).filter((s) => s !== scope);
      const without = await agents.learner.client.tokens.create.mutate({ name: `lacks ${scope}`, scopes: others });
      expect((await api().agent(withIt.secret).call(path, typeOf(procedure), input)).status, `${path} with ${scope}`).toBe(200);
      const refused = await api().agent(without.secret).call(path, typeOf(procedure), input);
      expect(refused.status, `${path} without ${scope}`).toBe(403);
    }
  });
});
