/**
 * The abuse suite: every procedure of the router, fed valid and hostile inputs generated from its own
 * schema, sent over real HTTP by every kind of caller, on both databases. Any 5xx, or any answer outside
 * the error contract, fails. `npm run fuzz` runs the same with FUZZ_RUNS=10000 and prints the counts.
 */
import { describeEachDialect } from '@gorod/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedCourse } from '../testing/course-fixtures.js';
import { useTestServer } from '../testing/test-server.js';
import type { Dictionary } from './arbitraries.js';
import { countTable, describeViolation, runCampaign } from './campaign.js';
import { proceduresOf } from './procedures.js';

const fuzzing = process.env.FUZZ_RUNS !== undefined;
// In `npm test`, the same 40 attempts per procedure every run; `npm run fuzz` explores from a new seed each time.
const runs = Number(process.env.FUZZ_RUNS ?? 40);
const seed = Number(process.env.FUZZ_SEED ?? (fuzzing ? Date.now() % 1_000_000 : 2026));
const procedures = proceduresOf();

describe('the abuse suite', () => {
  it('enumerates every procedure of the router, with its type and input parser', () => {
    expect(procedures.length).toBeGreaterThan(20);
    expect(procedures.map((p) => p.path)).toContain('auth.signIn');
    expect(procedures.find((p) => p.path === 'cities.list')).toMatchObject({ type: 'query', input: expect.anything() });
    expect(procedures.find((p) => p.path === 'auth.signOut')).toMatchObject({ type: 'mutation', input: undefined });
  });
});

describeEachDialect('abuse', (dialect) => {
  // Trusting the loopback proxy lets every attempt come from its own address, so throttling never stalls the run.
  const api = useTestServer(dialect, { trustProxy: '127.0.0.1' });
  const dictionary: { strings: string[] } = { strings: [] };

  /** Real ids, emails and secrets of this server, so generated inputs reach past "not found". */
  beforeAll(async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    const page = await api().client.cities.list.query({ limit: 5 });
    const edition = await api().client.editions.current.query();
    const throwaways = [];
    for (const n of [1, 2, 3]) {
      const email = `abuse-${n}@example.org`;
      const user = await organizer.client.people.invite.mutate({ email, name: `Подопытный ${n}` });
      const mail = await api().lastMailTo(email);
      throwaways.push(user.id, email, /\/invitation\/([\w-]+)/.exec(mail!.body)![1]!);
    }
    const token = await learner.client.tokens.create.mutate({ name: 'to revoke', scopes: ['catalog:read'] });
    // The program: real session, room, track and speaker ids, a ticket code, and instants within the forum's days.
    await learner.client.registrations.register.mutate({ sessionId: 'd1-hall-a-1' });
    const ticket = (await learner.client.registrations.mine.query()).find((r) => r.ticketCode)?.ticketCode;
    // Courses: a published course of the demo instructor's, its slug and its item ids, and a course class.
    const course = await publishedCourse(await api().signedIn('instructor@example.org'));
    const outline = (await api().client.courses.get.query({ slug: course.slug })).version.outline;
    dictionary.strings.push(
      ...page.items.flatMap((city) => [city.id, city.regionId, city.country]),
      ...(page.nextCursor ? [page.nextCursor] : []),
      ...(edition ? [edition.id] : []),
      ...throwaways,
      token.token.id,
      'plenary',
      'd1-hall-a-1',
      'd2-hall-b-3',
      'main-hall',
      'meeting-1',
      'tourism',
      'guest-urbanist',
      ...(ticket ? [ticket] : []),
      course.id,
      course.slug,
      ...outline.modules.flatMap((module) => [module.id, ...module.items.map((item) => item.id)]),
      'd1-class-1',
      '2026-11-27T15:00:00.000Z',
      '2026-11-28T16:30:00+05:00',
      '2026-11-28',
      'https://example.org/speakers/photo.jpg',
      (await organizer.client.auth.me.query()).id,
      (await learner.client.auth.me.query()).id,
      'learner@example.org',
      'organizer@example.org',
      'Asia/Yekaterinburg',
      'Europe/Moscow',
      'Asia/Shanghai',
      'UTC',
      'email,name,city,position,locale,roles\nabuse-csv@example.org,Из файла,perm,,ru,learner\n',
    );
  });

  it(
    'answers every procedure, for every caller and every generated input, within the contract and never with a 5xx',
    async () => {
      const { rows, violations } = await runCampaign({
        api: api(),
        procedures,
        dictionary: dictionary as Dictionary,
        runs,
        seed,
        ...(fuzzing ? { onProcedureDone: (row) => process.stderr.write(`  ${dialect} ${row.procedure}: ${row.tried} tried\n`) } : {}),
      });
      if (fuzzing) console.log(`\nFUZZ_SEED=${seed} FUZZ_RUNS=${runs}\n${countTable(dialect, rows)}\n`);
      expect(rows.map((r) => [r.procedure, r.tried])).toEqual(procedures.map((p) => [p.path, runs]));
      // One example of each kind of failure (procedure, status, first words of the problem), not a wall of repeats.
      const kinds = new Map(violations.map((v) => [`${v.procedure} ${v.status} ${v.problem.slice(0, 60)}`, v]));
      const shown = [...kinds.values()].slice(0, 30).map(describeViolation);
      expect(shown, `${violations.length} answers broke the contract (replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs})`).toEqual([]);
    },
    fuzzing ? 24 * 3600_000 : 120_000,
  );

});
