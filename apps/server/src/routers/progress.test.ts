import { type Db, readCohortTable } from '@gorod/db';
import { describeEachDialect, statementsOf } from '@gorod/db/testing';
import type { LearnerEvent, OutlineInput } from '@gorod/domain';
import { expect, it } from 'vitest';
import { recordProgress } from '../learning/record-progress.js';
import type { Agent } from '../testing/agent.js';
import { article, classItem, eventId, fourModules, outlineModule, publishVersion, storedCourse } from '../testing/course-fixtures.js';
import { expectNoServerError, race } from '../testing/race.js';
import { useTestServer } from '../testing/test-server.js';

/** Two modules of articles, the second opening once the first is completed. */
const twoModules = (p: string): OutlineInput => ({
  modules: [
    outlineModule(`${p}-m1`, 'Первый', [article(`${p}-a1`, 'Один')]),
    outlineModule(
      `${p}-m2`,
      'Второй',
      Array.from({ length: 5 }, (_, i) => article(`${p}-b${i}`, `Статья ${i}`)),
      { kind: 'after_module', moduleId: `${p}-m1` },
    ),
  ],
});


const now = () => new Date().toISOString();

describeEachDialect('the progress log', (dialect) => {
  const api = useTestServer(dialect);
  const db = () => api().server.db;
  const idOf = async (agent: Agent) => (await agent.client.auth.me.query()).id;

  async function enrolledLearner(outline?: (p: string) => OutlineInput) {
    const learner = await api().signedIn('learner@example.org');
    const instructor = await api().signedIn('instructor@example.org');
    const course = await storedCourse(db(), await idOf(instructor), outline ? { outline } : {});
    await learner.client.enrollments.enroll.mutate({ courseId: course.courseId });
    return { learner, instructor, ...course };
  }

  it('accepts an event once: a retry and a repeat later in the same batch are duplicates, and the state counts it once', async () => {
    const { learner, courseId, p } = await enrolledLearner();
    const event: LearnerEvent = { id: eventId(), itemId: `${p}-a1`, kind: 'item.completed', at: now() };
    expect((await learner.client.progress.record.mutate({ events: [event, event] })).results).toEqual([
      { id: event.id, status: 'accepted' },
      { id: event.id, status: 'duplicate' },
    ]);
    expect((await learner.client.progress.record.mutate({ events: [event] })).results).toEqual([{ id: event.id, status: 'duplicate' }]);
    const stored = await db().selectFrom('progress_events').select('id').where('id', '=', event.id).execute();
    expect(stored).toHaveLength(1);
    const mine = await learner.client.progress.mine.query({ courseId });
    expect(mine.progress.modules[0]!.items[0]).toMatchObject({ itemId: `${p}-a1`, status: 'completed', title: { ru: 'Статья' } });
    expect(mine.progress.completedItems).toBe(1);
  });

  it('rejects each event with its reason: not enrolled, unknown item, locked module, from the future, wrong event for the item, id in use', async () => {
    const { learner, p } = await enrolledLearner();
    const other = await storedCourse(db(), await idOf(await api().signedIn('instructor@example.org')));
    const future = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    // Someone else's event, whose id the learner then sends.
    const organizer = await api().signedIn('organizer@example.org');
    await organizer.client.enrollments.enroll.mutate({ courseId: other.courseId });
    const theirs = eventId();
    await organizer.client.progress.record.mutate({ events: [{ id: theirs, itemId: `${other.p}-a1`, kind: 'item.opened', at: now() }] });

    const events: LearnerEvent[] = [
      { id: eventId(), itemId: `${other.p}-a1`, kind: 'item.opened', at: now() },
      { id: eventId(), itemId: 'no-such-item', kind: 'item.opened', at: now() },
      { id: eventId(), itemId: `${p}-a2`, kind: 'item.opened', at: now() },
      { id: eventId(), itemId: `${p}-a1`, kind: 'item.opened', at: future },
      { id: eventId(), itemId: `${p}-a1`, kind: 'video.progress', fraction: 0.5, at: now() },
      { id: theirs, itemId: `${p}-a1`, kind: 'item.opened', at: now() },
      { id: eventId(), itemId: `${p}-v1`, kind: 'video.progress', fraction: 0.5, at: now() },
    ];
    const { results } = await learner.client.progress.record.mutate({ events });
    expect(results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual([
      'not_enrolled',
      'unknown_item',
      'locked_module',
      'from_the_future',
      'wrong_event_for_item',
      'id_in_use',
      'accepted',
    ]);
    expect(results.map((r) => r.id)).toEqual(events.map((e) => e.id));
    // The other person's event is untouched.
    const stored = await db().selectFrom('progress_events').select(['item_id']).where('id', '=', theirs).executeTakeFirstOrThrow();
    expect(stored.item_id).toBe(`${other.p}-a1`);
  });

  it('refuses class.attended from a client and more than 500 events at once, naming the field', async () => {
    const { learner, p } = await enrolledLearner();
    const attended = await learner.call('progress.record', 'mutation', { events: [{ id: eventId(), itemId: `${p}-c1`, kind: 'class.attended', at: now() }] });
    expect(attended.status).toBe(400);
    expect(attended.body.error.data.issues[0].path.slice(0, 2)).toEqual(['events', '0']);
    const many = Array.from({ length: 501 }, () => ({ id: eventId(), itemId: `${p}-a1`, kind: 'item.opened', at: now() }));
    const tooMany = await learner.call('progress.record', 'mutation', { events: many });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.data.issues[0]).toMatchObject({ path: ['events'], code: 'too_big' });
  });

  it('opens a module within one offline batch that completes the module before it', async () => {
    const { learner, courseId, p } = await enrolledLearner(twoModules);
    const { results } = await learner.client.progress.record.mutate({
      events: [
        { id: eventId(), itemId: `${p}-b0`, kind: 'item.opened', at: now() },
        { id: eventId(), itemId: `${p}-a1`, kind: 'item.completed', at: now() },
        { id: eventId(), itemId: `${p}-b0`, kind: 'item.completed', at: now() },
      ],
    });
    expect(results.map((r) => r.status)).toEqual(['rejected', 'accepted', 'accepted']);
    const { progress } = await learner.client.progress.mine.query({ courseId });
    expect(progress.modules.map((m) => [m.unlocked, m.completedItems])).toEqual([
      [true, 1],
      [true, 1],
    ]);
  });

  it('stores each event of a batch sent four times at the same moment once, accepted in exactly one answer and duplicate in the others', async () => {
    const { learner, courseId, p } = await enrolledLearner(twoModules);
    const at = now();
    const events: LearnerEvent[] = [
      { id: eventId(), itemId: `${p}-a1`, kind: 'item.opened', at },
      { id: eventId(), itemId: `${p}-a1`, kind: 'item.completed', at },
      ...Array.from({ length: 5 }, (_, i): LearnerEvent => ({ id: eventId(), itemId: `${p}-b${i}`, kind: 'item.completed', at })),
    ];
    const outcomes = await race(learner, 'progress.record', 'mutation', { events }, 4);
    expectNoServerError(outcomes);
    expect(outcomes.map((o) => o.status)).toEqual([200, 200, 200, 200]);
    const answers = outcomes.map((o) => o.body.result.data.results as Array<{ id: string; status: string }>);
    for (const [i, event] of events.entries()) {
      const statuses = answers.map((a) => a[i]!.status).sort();
      expect(statuses, event.itemId).toEqual(['accepted', 'duplicate', 'duplicate', 'duplicate']);
    }
    const stored = await db()
      .selectFrom('progress_events')
      .select('id')
      .where(
        'id',
        'in',
        events.map((e) => e.id),
      )
      .execute();
    expect(stored).toHaveLength(events.length);
    expect((await learner.client.progress.mine.query({ courseId })).progress).toMatchObject({ completedItems: 6, totalItems: 6, completed: true });
  });

  it('answers duplicate to each event of a batch sent four times at once into modules the clock opens', async () => {
    const { learner, courseId, p } = await enrolledLearner();
    const at = now();
    const events: LearnerEvent[] = [
      { id: eventId(), itemId: `${p}-a1`, kind: 'item.opened', at },
      { id: eventId(), itemId: `${p}-a1`, kind: 'item.completed', at },
      ...Array.from({ length: 5 }, (_, i): LearnerEvent => ({ id: eventId(), itemId: `${p}-v1`, kind: 'video.progress', fraction: (i + 5) / 10, at })),
    ];
    const outcomes = await race(learner, 'progress.record', 'mutation', { events }, 4);
    expectNoServerError(outcomes);
    const answers = outcomes.map((o) => o.body.result.data.results as Array<{ id: string; status: string }>);
    for (const [i, event] of events.entries()) {
      expect(answers.map((a) => a[i]!.status).sort(), event.itemId).toEqual(['accepted', 'duplicate', 'duplicate', 'duplicate']);
    }
    const stored = await db().selectFrom('progress_events').select('id').where('course_id', '=', courseId).execute();
    expect(stored).toHaveLength(events.length);
    expect((await learner.client.progress.mine.query({ courseId })).progress.completedItems).toBe(2);
  });

  it('answers duplicate to a retry whose item a newer version dropped, after the learner moved to it', async () => {
    const { learner, courseId, p } = await enrolledLearner();
    const watched: LearnerEvent = { id: eventId(), itemId: `${p}-v1`, kind: 'video.progress', fraction: 0.5, at: now() };
    const read: LearnerEvent = { id: eventId(), itemId: `${p}-a1`, kind: 'item.completed', at: now() };
    await learner.client.progress.record.mutate({ events: [watched, read] });
    const next = fourModules(p);
    next.modules[0]!.items = next.modules[0]!.items.filter((item) => item.kind !== 'video');
    await publishVersion(db(), courseId, next);
    await learner.client.enrollments.moveToLatest.mutate({ courseId });

    const fresh: LearnerEvent = { id: eventId(), itemId: `${p}-v1`, kind: 'video.progress', fraction: 0.6, at: now() };
    const { results } = await learner.client.progress.record.mutate({ events: [watched, read, fresh] });
    expect(results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual(['duplicate', 'duplicate', 'unknown_item']);
  });

  it('judges and stores a batch in the same number of statements whatever its size', async () => {
    const { learner, p } = await enrolledLearner(twoModules);
    const userId = await idOf(learner);
    const batch = (size: number): LearnerEvent[] => Array.from({ length: size }, (_, i) => ({ id: eventId(), itemId: `${p}-${i % 2 ? 'a1' : 'b0'}`, kind: 'item.opened', at: now() }));
    const record = (events: LearnerEvent[]) => (counted: Db) => counted.transaction().execute((trx) => recordProgress(trx, userId, events, new Date()));
    // The first batch also reads the version's outline, which is then kept: a published one never changes.
    const first = await statementsOf(db(), record(batch(2)));
    const small = await statementsOf(db(), record(batch(2)));
    const large = await statementsOf(db(), record(batch(500)));
    expect(large).toBe(small);
    expect(first).toBe(small + 1);
  });

  it('completes a class when the learner’s ticket is scanned at the door, unlocking the module after it', async () => {
    const { learner, courseId, p } = await enrolledLearner();
    const organizer = await api().signedIn('organizer@example.org');
    const before = await learner.client.progress.mine.query({ courseId });
    expect(before.progress.modules[2]).toMatchObject({ unlocked: false, waitingFor: { kind: 'after_class', itemId: `${p}-c1` } });

    await learner.client.registrations.register.mutate({ sessionId: 'd1-class-1' });
    const ticket = (await learner.client.registrations.mine.query()).find((r) => r.sessionId === 'd1-class-1')!.ticketCode!;
    expect(await organizer.client.checkIn.scan.mutate({ code: ticket })).toMatchObject({ admitted: true });

    const after = await learner.client.progress.mine.query({ courseId });
    const classItem = after.progress.modules[0]!.items.find((i) => i.itemId === `${p}-c1`)!;
    expect(classItem).toMatchObject({ kind: 'class', status: 'completed', completedAt: expect.any(String) });
    expect(after.progress.modules[2]).toMatchObject({ unlocked: true, waitingFor: null });
    const opened = await learner.client.progress.record.mutate({ events: [{ id: eventId(), itemId: `${p}-a3`, kind: 'item.completed', at: now() }] });
    expect(opened.results[0]!.status).toBe('accepted');
  });

  it('puts the classes of the courses a learner is actively enrolled in into their agenda, with the same overlap rule', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { courseId } = await storedCourse(db(), await idOf(await api().signedIn('instructor@example.org')), {
      outline: (p) => ({ modules: [outlineModule(`${p}-m1`, 'Класс', [classItem(`${p}-c1`, 'd2-class-1', 'Занятие')])] }),
    });
    expect((await learner.client.agenda.mine.query()).sessions.map((s) => s.id)).not.toContain('d2-class-1');
    await learner.client.enrollments.enroll.mutate({ courseId });
    await learner.client.agenda.star.mutate({ sessionId: 'd2-hall-a-1' });
    const agenda = await learner.client.agenda.mine.query();
    const session = agenda.sessions.find((s) => s.id === 'd2-class-1');
    expect(session).toMatchObject({ starred: false, myRegistration: null });
    // The starred session at the class's time is flagged as overlapping it, as two registrations would be.
    const starred = agenda.sessions.find((s) => s.id === 'd2-hall-a-1')!;
    expect(starred.startsAt < session!.endsAt && starred.endsAt > session!.startsAt).toBe(true);
    expect(agenda.overlaps.map((o) => [...o.ids].sort())).toContainEqual(['d2-class-1', 'd2-hall-a-1']);
    await learner.client.enrollments.withdraw.mutate({ courseId });
    expect((await learner.client.agenda.mine.query()).sessions.map((s) => s.id)).not.toContain('d2-class-1');
  });

  it('reads its owner’s progress by a token with progress:read and refuses one without it', async () => {
    const { learner, courseId } = await enrolledLearner();
    const read = await learner.client.tokens.create.mutate({ name: 'dashboard', scopes: ['progress:read'] });
    const none = await learner.client.tokens.create.mutate({ name: 'catalog', scopes: ['catalog:read'] });
    expect((await api().agent(read.secret).client.progress.mine.query({ courseId })).courseId).toBe(courseId);
    expect((await api().agent(none.secret).call('progress.mine', 'query', { courseId })).status).toBe(403);
  });

  it('shows the cohort table with city, region and district, filters it, and totals active learners per region and district', async () => {
    const instructor = await api().signedIn('instructor@example.org');
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    const { courseId, p } = await storedCourse(db(), await idOf(instructor), { outline: twoModules, enrolment: 'by_enrolment' });
    const ural = await instructor.client.cohorts.create.mutate({ courseId, name: 'Уральский федеральный округ' });
    const volga = await instructor.client.cohorts.create.mutate({ courseId, name: 'Приволжский федеральный округ' });
    const people: Record<string, string> = {};
    for (const [name, cityId] of [['Пермяк Пётр', 'perm'], ['Казанцева Алия', 'kazan'], ['Челябинцев Олег', 'chelyabinsk']] as const) {
      people[cityId] = (await organizer.client.people.invite.mutate({ email: `${cityId}-${dialect}@example.org`, name, cityId })).id;
    }
    await instructor.client.enrollments.add.mutate({ courseId, cohortId: ural.id, userIds: [await idOf(learner), people.chelyabinsk!] });
    await instructor.client.enrollments.add.mutate({ courseId, cohortId: volga.id, userIds: [people.perm!, people.kazan!] });
    await instructor.client.enrollments.remove.mutate({ courseId, userId: people.chelyabinsk! });
    await learner.client.progress.record.mutate({ events: [{ id: eventId(), itemId: `${p}-a1`, kind: 'item.completed', at: now() }] });
    // Perm finished the course (events written as an import would).
    await db()
      .insertInto('progress_events')
      .values(['a1', 'b0', 'b1', 'b2', 'b3', 'b4'].map((item) => ({ id: eventId(), user_id: people.perm!, course_id: courseId, item_id: `${p}-${item}`, kind: 'item.completed', at: now(), fraction: null, received_at: now() })))
      .execute();

    const table = await instructor.client.progress.cohort.query({ courseId });
    expect(table.rows.map((r) => [r.name, r.city?.id, r.region?.id, r.federalDistrict, r.cohortName, r.status, r.completedItems])).toEqual([
      ['Казанцева Алия', 'kazan', 'RU-TA', 'volga', 'Приволжский федеральный округ', 'active', 0],
      ['Лариса Слушатель', 'yekaterinburg', 'RU-SVE', 'ural', 'Уральский федеральный округ', 'active', 1],
      ['Пермяк Пётр', 'perm', 'RU-PER', 'volga', 'Приволжский федеральный округ', 'active', 6],
      ['Челябинцев Олег', 'chelyabinsk', 'RU-CHE', 'ural', 'Уральский федеральный округ', 'withdrawn', 0],
    ]);
    expect(table.totals).toMatchObject({ learners: 3, completed: 1 });
    expect(table.totals.averageFraction).toBeCloseTo((0 + 1 / 6 + 1) / 3, 10);
    expect(table.byDistrict.map((d) => [d.federalDistrict, d.learners, d.completed, d.averageFraction.toFixed(4)])).toEqual([
      ['ural', 1, 0, (1 / 6).toFixed(4)],
      ['volga', 2, 1, '0.5000'],
    ]);
    expect(table.byRegion.map((r) => [r.regionId, r.federalDistrict, r.learners, r.completed])).toEqual([
      ['RU-PER', 'volga', 1, 1],
      ['RU-SVE', 'ural', 1, 0],
      ['RU-TA', 'volga', 1, 0],
    ]);

    const names = async (input: Record<string, string>) => (await organizer.client.progress.cohort.query({ courseId, ...input })).rows.map((r) => r.name);
    expect(await names({ cohortId: volga.id })).toEqual(['Казанцева Алия', 'Пермяк Пётр']);
    expect(await names({ federalDistrict: 'ural' })).toEqual(['Лариса Слушатель', 'Челябинцев Олег']);
    expect(await names({ regionId: 'RU-TA' })).toEqual(['Казанцева Алия']);
    expect(await names({ search: 'ПЕРМЯК' })).toEqual(['Пермяк Пётр']);
    const wrongCohort = await instructor.call('progress.cohort', 'query', { courseId, cohortId: 'no-such-cohort' });
    expect(wrongCohort.body.error.data.issues[0]).toMatchObject({ path: ['cohortId'], code: 'not_found' });
  });

  it('reads the cohort table in the same number of statements whatever the number of learners', async () => {
    const instructor = await api().signedIn('instructor@example.org');
    const organizer = await api().signedIn('organizer@example.org');
    const { courseId, p } = await storedCourse(db(), await idOf(instructor), { outline: twoModules });
    const enrol = async (from: number, to: number) => {
      const ids: string[] = [];
      for (let n = from; n < to; n += 1) ids.push((await organizer.client.people.invite.mutate({ email: `cohort-${dialect}-${n}@example.org`, name: `Слушатель ${n}`, cityId: n % 2 ? 'perm' : 'kazan' })).id);
      await instructor.client.enrollments.add.mutate({ courseId, userIds: ids });
      await db()
        .insertInto('progress_events')
        .values(ids.map((userId) => ({ id: eventId(), user_id: userId, course_id: courseId, item_id: `${p}-a1`, kind: 'item.completed', at: now(), fraction: null, received_at: now() })))
        .execute();
    };
    const read = () => statementsOf(db(), (counted) => readCohortTable(counted, { courseId }, new Date()));
    await enrol(0, 2);
    const few = await read();
    await enrol(2, 40);
    const many = await read();
    expect(many).toBe(few);
    expect(few).toBe(4);
    const { totals } = await instructor.client.progress.cohort.query({ courseId });
    expect(totals.learners).toBe(40);
    expect(totals.averageFraction).toBeCloseTo(1 / 6, 10);
  });
});
