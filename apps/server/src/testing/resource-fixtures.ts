/**
 * The callers of the authorization matrix and the resources they own, in one place: a new area (program,
 * courses) adds its resource here as one more factory, and its procedures' rows in the matrix by copying.
 */
import type { Role } from '@gorod/domain';
import type { Agent } from './agent.js';
import { draftCourse, storedCourse } from './course-fixtures.js';
import type { TestServer } from './test-server.js';

export type Caller =
  | 'anonymous'
  | 'learner'
  | 'otherLearner'
  | 'instructor'
  | 'otherInstructor'
  | 'organizer'
  | 'tokenWithScopes'
  | 'tokenWithoutScopes';

export const callers: Caller[] = ['anonymous', 'learner', 'otherLearner', 'instructor', 'otherInstructor', 'organizer', 'tokenWithScopes', 'tokenWithoutScopes'];

/** The people the signed-in callers are: demo accounts, and two created by the test. */
const accounts = {
  learner: { email: 'learner@example.org', password: 'gorod-demo' },
  instructor: { email: 'instructor@example.org', password: 'gorod-demo' },
  organizer: { email: 'organizer@example.org', password: 'gorod-demo' },
  otherLearner: { email: 'other@example.org', password: 'другой-пароль-123', roles: ['learner'] as Role[] },
  otherInstructor: { email: 'other-instructor@example.org', password: 'другой-преподаватель-1', roles: ['instructor'] as Role[] },
} as const;

export type Person = keyof typeof accounts;

/** Someone else of the same kind: whose resource a caller is given when it must not be theirs. */
export const someoneElse: Record<Person, Person> = {
  learner: 'otherLearner',
  otherLearner: 'learner',
  instructor: 'otherInstructor',
  otherInstructor: 'instructor',
  organizer: 'learner',
};

export class ResourceFixtures {
  readonly agents = {} as Record<Caller, Agent>;
  /** Courses, enrolments and cohorts (the learning helper's fixtures, below). */
  readonly learning: LearningFixtures = new LearningFixtures(this, () => this.api());
  private created = false;
  private people = 0;

  constructor(private readonly api: () => TestServer) {}

  /** Signs every caller in (again: signing out ends sessions), creating the test's own people once. */
  async signInAll(): Promise<void> {
    const { agents, api } = this;
    agents.anonymous = api().agent();
    agents.organizer = await api().signedIn(accounts.organizer.email, accounts.organizer.password);
    if (!this.created) {
      this.created = true;
      await this.signUp(accounts.otherLearner);
      await this.signUp(accounts.otherInstructor);
    }
    for (const person of ['learner', 'instructor', 'otherLearner', 'otherInstructor'] as const) {
      agents[person] = await api().signedIn(accounts[person].email, accounts[person].password);
    }
  }

  /** Gives the token callers a token of the learner's: one with every scope, one with catalog:read only. */
  async issueTokens(): Promise<void> {
    const all = await this.agents.learner.client.tokens.create.mutate({
      name: 'all',
      scopes: ['profile:read', 'program:read', 'catalog:read', 'progress:read', 'enrollments:write'],
    });
    const none = await this.agents.learner.client.tokens.create.mutate({ name: 'catalog only', scopes: ['catalog:read'] });
    this.agents.tokenWithScopes = this.api().agent(all.secret);
    this.agents.tokenWithoutScopes = this.api().agent(none.secret);
  }

  private async signUp(account: { email: string; password: string; roles: Role[] }): Promise<void> {
    await this.agents.organizer.client.people.invite.mutate({ email: account.email, name: 'Участник матрицы', roles: account.roles });
    const mail = await this.api().lastMailTo(account.email);
    const token = /\/invitation\/([\w-]+)/.exec(mail!.body)![1]!;
    await this.api().agent().client.auth.acceptInvitation.mutate({ token, password: account.password });
  }

  // ——— Resources: each call makes a fresh one, so a mutation that consumes it leaves the next case whole.

  /** A new API token of `owner`'s: its id. */
  async tokenOf(owner: Person): Promise<string> {
    const created = await this.agents[owner].client.tokens.create.mutate({ name: 'matrix fixture', scopes: ['catalog:read'] });
    return created.token.id;
  }

  /** A new sign-in session of `owner`'s, as from another browser: its id. */
  async sessionOf(owner: Person): Promise<string> {
    const browser = await this.api().signedIn(accounts[owner].email, accounts[owner].password);
    const sessions = await browser.client.auth.sessions.query();
    return sessions.find((session) => session.current)!.id;
  }

  /** A newly invited person (who has not accepted yet): their id. */
  async invitedPerson(): Promise<string> {
    this.people += 1;
    const person = await this.agents.organizer.client.people.invite.mutate({ email: `matrix-${this.people}@example.org`, name: 'Приглашённый' });
    return person.id;
  }

  // ——— The program's resources. Sessions are not owned (organizers edit them all); a registration, a
  // ticket and an attendance are their person's.

  private sessions = 0;

  /** A new session of the demo edition in a room of its own (so it never clashes with another): its id. */
  async programSession(): Promise<string> {
    this.sessions += 1;
    const editionId = 'cities-of-russia-2026';
    const organizer = this.agents.organizer.client;
    const room = await organizer.program.rooms.create.mutate({ editionId, name: { ru: `Зал матрицы ${this.sessions}` }, floor: 6, capacity: 30 });
    const session = await organizer.program.sessions.create.mutate({
      editionId,
      kind: 'workshop',
      title: { ru: `Сессия матрицы ${this.sessions}` },
      startsAt: '2026-11-28T20:00:00+05:00',
      endsAt: '2026-11-28T21:00:00+05:00',
      roomId: room.id,
    });
    return session.id;
  }

  /** `owner` registered for a new session: the session's id. */
  async registrationOf(owner: Person): Promise<string> {
    const sessionId = await this.programSession();
    await this.agents[owner].client.registrations.register.mutate({ sessionId });
    return sessionId;
  }

  /** The ticket code of `owner`'s confirmed registration for a new session. */
  async ticketOf(owner: Person): Promise<string> {
    const sessionId = await this.registrationOf(owner);
    const mine = await this.agents[owner].client.registrations.mine.query();
    return mine.find((r) => r.sessionId === sessionId)!.ticketCode!;
  }

  /**
   * `owner` checked in at a session of the demo program's first morning (started by the matrix's clock),
   * one session per person so nobody attends another's: the session's id.
   */
  async attendanceOf(owner: Person): Promise<string> {
    const sessionId = attendedSession[owner];
    await this.agents[owner].client.registrations.register.mutate({ sessionId });
    const mine = await this.agents[owner].client.registrations.mine.query();
    const code = mine.find((r) => r.sessionId === sessionId)!.ticketCode!;
    await this.agents.organizer.client.checkIn.scan.mutate({ code });
    return sessionId;
  }

  private spoken = new Map<Person, string>();

  /**
   * A session `owner` speaks at: a speaker linked to their account (one per person, so made once and
   * kept), on a new session of its own. Reading its feedback does not consume it.
   */
  async sessionSpokenBy(owner: Person): Promise<string> {
    const kept = this.spoken.get(owner);
    if (kept) return kept;
    const organizer = this.agents.organizer.client;
    const { id: userId } = await this.agents[owner].client.auth.me.query();
    const speaker = await organizer.program.speakers.create.mutate({ editionId: 'cities-of-russia-2026', name: { ru: 'Докладчик матрицы' }, userId });
    const sessionId = await this.programSession();
    await organizer.program.sessions.update.mutate({ id: sessionId, speakerIds: [speaker.id] });
    this.spoken.set(owner, sessionId);
    return sessionId;
  }

  // ——— Courses: owned by their instructors. Each call makes a new, unpublished course with a saved draft
  // (so it can be published), which only its instructors and organizers see.

  /** A new course taught by `owner` (or, for someone who cannot teach, by the demo instructor): its id and draft revision. */
  async courseOf(owner: Person): Promise<{ courseId: string; revision: number }> {
    const course = await draftCourse(this.agents[courseAuthor[owner]]);
    return { courseId: course.id, revision: course.revision };
  }
}

/** Who makes a fixture course of `owner`'s: instructors their own; people who cannot teach own none, so theirs is the demo instructor's. */
const courseAuthor: Record<Person, Person> = {
  learner: 'instructor',
  otherLearner: 'instructor',
  instructor: 'instructor',
  otherInstructor: 'otherInstructor',
  organizer: 'instructor',
};

// ——— Enrolments and progress (learning helper). A course is its instructors'; an enrolment is its learner's.

export class LearningFixtures {
  constructor(
    private readonly fx: ResourceFixtures,
    private readonly api: () => TestServer,
  ) {}

  private readonly ids = new Map<Person, string>();

  private async idOf(person: Person): Promise<string> {
    if (!this.ids.has(person)) this.ids.set(person, (await this.fx.agents[person].client.auth.me.query()).id);
    return this.ids.get(person)!;
  }

  /** A new open, published course taught by `owner` (by the demo instructor when `owner` teaches nothing): its id. */
  async courseTaughtBy(owner: Person): Promise<string> {
    return (await storedCourse(this.api().server.db, await this.idOf(courseAuthor[owner]))).courseId;
  }

  /** `owner` enrolled in a new open course: the course's id. */
  async enrollmentOf(owner: Person): Promise<string> {
    const courseId = await this.courseTaughtBy('instructor');
    await this.fx.agents[owner].client.enrollments.enroll.mutate({ courseId });
    return courseId;
  }

  /** A new course taught by `owner` with the demo learner enrolled: the course's and the learner's ids. */
  async learnerOfCourseTaughtBy(owner: Person): Promise<{ courseId: string; userId: string }> {
    const courseId = await this.courseTaughtBy(owner);
    await this.fx.agents.learner.client.enrollments.enroll.mutate({ courseId });
    return { courseId, userId: await this.idOf('learner') };
  }
}

const attendedSession: Record<Person, string> = {
  learner: 'd1-hall-a-1',
  otherLearner: 'd1-hall-b-1',
  instructor: 'd1-hall-c-1',
  otherInstructor: 'd1-hall-d-1',
  organizer: 'd1-hall-a-2',
};
