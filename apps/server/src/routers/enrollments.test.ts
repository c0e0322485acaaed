import { archiveCourse } from '@gorod/db';
import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { article, eventId, fourModules, publishVersion, storedCourse } from '../testing/course-fixtures.js';
import { expectOneWinner, race } from '../testing/race.js';
import { useTestServer } from '../testing/test-server.js';

describeEachDialect('enrolments and cohorts', (dialect) => {
  const api = useTestServer(dialect);
  const db = () => api().server.db;
  const idOf = async (email: string) => (await (await api().signedIn(email)).client.auth.me.query()).id;

  it('enrols a learner in an open published course on its newest version, and enrolling again changes nothing', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { courseId } = await storedCourse(db(), await idOf('instructor@example.org'));
    const first = await learner.client.enrollments.enroll.mutate({ courseId });
    expect(first.enrollment).toMatchObject({ courseId, version: 1, status: 'active', cohortId: null, withdrawnAt: null });
    const again = await learner.client.enrollments.enroll.mutate({ courseId });
    expect(again.enrollment).toEqual(first.enrollment);
    const mine = await learner.client.enrollments.mine.query();
    expect(mine.find((m) => m.enrollment.courseId === courseId)).toMatchObject({
      course: { id: courseId, publishedVersion: 1, itemsCount: 6 },
      progress: { completedItems: 0, totalItems: 6, fraction: 0, completed: false },
      newerVersion: null,
    });
  });

  it('enrols once when the same person enrols eight times at the same moment', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { courseId } = await storedCourse(db(), await idOf('instructor@example.org'));
    const outcomes = await race(learner, 'enrollments.enroll', 'mutation', { courseId });
    expect(outcomes.map((o) => o.status)).toEqual(Array(8).fill(200));
    expect(new Set(outcomes.map((o) => o.body.result.data.enrollment.id)).size).toBe(1);
    const rows = await db().selectFrom('enrollments').select('id').where('course_id', '=', courseId).execute();
    expect(rows).toHaveLength(1);
  });

  it('hides a course by enrolment and an archived one from self-enrolment, refuses enrolling into an unpublished or archived course with CONFLICT at courseId, and hides an unknown one', async () => {
    const learner = await api().signedIn('learner@example.org');
    const instructorId = await idOf('instructor@example.org');
    const closed = await storedCourse(db(), instructorId, { enrolment: 'by_enrolment' });
    const closedAnswer = await learner.call('enrollments.enroll', 'mutation', { courseId: closed.courseId });
    // A course by enrolment is not in the catalog: to someone not enrolled it does not exist.
    expect(closedAnswer.status).toBe(404);
    expect(closedAnswer.body.error.data.issues[0]).toMatchObject({ path: ['courseId'], code: 'not_found' });

    const organizer = await api().signedIn('organizer@example.org');
    const draftOnly = await storedCourse(db(), instructorId, { publish: false });
    const unpublished = await organizer.call('enrollments.enroll', 'mutation', { courseId: draftOnly.courseId });
    expect(unpublished.status).toBe(403);
    const added = await organizer.call('enrollments.add', 'mutation', { courseId: draftOnly.courseId, userIds: [instructorId] });
    expect(added.status).toBe(409);
    expect(added.body.error.data.issues[0]).toMatchObject({ path: ['courseId'], code: 'not_published' });

    const archived = await storedCourse(db(), instructorId);
    await archiveCourse(db(), archived.courseId, new Date().toISOString());
    const intoArchive = await organizer.call('enrollments.add', 'mutation', { courseId: archived.courseId, userIds: [instructorId] });
    expect(intoArchive.status).toBe(409);
    expect(intoArchive.body.error.data.issues[0]).toMatchObject({ path: ['courseId'], code: 'archived' });
    expect((await learner.call('enrollments.enroll', 'mutation', { courseId: archived.courseId })).status).toBe(404);

    const unknown = await learner.call('enrollments.enroll', 'mutation', { courseId: 'no-such-course' });
    expect(unknown.status).toBe(404);
  });

  it('withdraws keeping the enrolment and its events, and enrolling again re-activates it with its progress', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { courseId, p } = await storedCourse(db(), await idOf('instructor@example.org'));
    const { enrollment } = await learner.client.enrollments.enroll.mutate({ courseId });
    await learner.client.progress.record.mutate({ events: [{ id: eventId(), itemId: `${p}-a1`, kind: 'item.completed', at: new Date().toISOString() }] });
    expect(await learner.client.enrollments.withdraw.mutate({ courseId })).toEqual({ withdrawn: true });
    const withdrawn = (await learner.client.enrollments.mine.query()).find((m) => m.enrollment.courseId === courseId)!;
    expect(withdrawn.enrollment).toMatchObject({ status: 'withdrawn', withdrawnAt: expect.any(String) });
    expect(withdrawn.progress.completedItems).toBe(1);
    // A withdrawn learner records nothing new, but still reads their history.
    const late = await learner.client.progress.record.mutate({ events: [{ id: eventId(), itemId: `${p}-a2`, kind: 'item.opened', at: new Date().toISOString() }] });
    expect(late.results[0]).toMatchObject({ status: 'rejected', reason: 'not_enrolled' });
    expect((await learner.client.progress.mine.query({ courseId })).progress.completedItems).toBe(1);

    const again = await learner.client.enrollments.enroll.mutate({ courseId });
    expect(again.enrollment).toMatchObject({ id: enrollment.id, status: 'active', withdrawnAt: null, version: 1 });
    expect((await learner.client.progress.mine.query({ courseId })).progress.completedItems).toBe(1);
  });

  it('answers NOT_FOUND at courseId for withdrawing or moving without an enrolment', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { courseId } = await storedCourse(db(), await idOf('instructor@example.org'));
    for (const path of ['enrollments.withdraw', 'enrollments.moveToLatest']) {
      const answer = await learner.call(path, 'mutation', { courseId });
      expect(answer.status, path).toBe(404);
      expect(answer.body.error.data.issues[0]).toMatchObject({ path: ['courseId'], code: 'not_found' });
    }
  });

  it('keeps a learner on their version until they move, and keeps progress on the items whose ids survive', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { courseId, p } = await storedCourse(db(), await idOf('instructor@example.org'));
    await learner.client.enrollments.enroll.mutate({ courseId });
    const at = new Date().toISOString();
    await learner.client.progress.record.mutate({
      events: [
        { id: eventId(), itemId: `${p}-a1`, kind: 'item.completed', at },
        { id: eventId(), itemId: `${p}-v1`, kind: 'video.progress', fraction: 0.95, at },
      ],
    });
    // Version 2 drops the video and adds a new article to the first module.
    const next = fourModules(p);
    next.modules[0]!.items = [next.modules[0]!.items[0]!, article(`${p}-a9`, 'Новая'), next.modules[0]!.items[2]!];
    await publishVersion(db(), courseId, next);

    const before = (await learner.client.enrollments.mine.query()).find((m) => m.enrollment.courseId === courseId)!;
    expect(before).toMatchObject({ enrollment: { version: 1 }, newerVersion: 2, progress: { completedItems: 2 } });
    expect(await learner.client.enrollments.moveToLatest.mutate({ courseId })).toEqual({ version: 2 });
    const after = await learner.client.progress.mine.query({ courseId });
    expect(after.version).toBe(2);
    const first = after.progress.modules[0]!;
    expect(first.items.map((i) => [i.itemId, i.status])).toEqual([
      [`${p}-a1`, 'completed'],
      [`${p}-a9`, 'not_started'],
      [`${p}-c1`, 'not_started'],
    ]);
    expect((await learner.client.enrollments.mine.query()).find((m) => m.enrollment.courseId === courseId)!.newerVersion).toBeNull();
  });

  it('lets the course’s instructor enrol people by id, by delegation and by email into a cohort, naming those it cannot find', async () => {
    const instructor = await api().signedIn('instructor@example.org');
    const organizer = await api().signedIn('organizer@example.org');
    const { courseId } = await storedCourse(db(), await idOf('instructor@example.org'), { enrolment: 'by_enrolment' });
    const cohort = await instructor.client.cohorts.create.mutate({ courseId, name: 'Форум 2026 — Уральский федеральный округ' });

    const learnerId = await idOf('learner@example.org');
    const byId = await instructor.client.enrollments.add.mutate({ courseId, cohortId: cohort.id, userIds: [learnerId, 'nobody-at-all'] });
    expect(byId).toEqual({ added: 1, alreadyEnrolled: 0, unknown: ['nobody-at-all'] });

    const byEmail = await instructor.client.enrollments.add.mutate({ courseId, emails: ['LEARNER@example.org', 'organizer@example.org', 'ghost@example.org'] });
    expect(byEmail).toEqual({ added: 1, alreadyEnrolled: 1, unknown: ['ghost@example.org'] });

    // Two people linked to a delegation are enrolled by naming the delegation.
    const { items } = await api().client.delegations.directory.query({ editionId: 'cities-of-russia-2026', limit: 1 });
    const delegationId = items[0]!.delegation.id;
    const linked = [];
    for (const n of [1, 2]) {
      const person = await organizer.client.people.invite.mutate({ email: `delegate-${dialect}-${n}@example.org`, name: `Делегат ${n}` });
      await organizer.client.people.setDelegation.mutate({ userId: person.id, delegationId });
      linked.push(person.id);
    }
    const byDelegation = await instructor.client.enrollments.add.mutate({ courseId, cohortId: cohort.id, delegationId });
    expect(byDelegation).toEqual({ added: 2, alreadyEnrolled: 0, unknown: [] });
    expect(await instructor.client.enrollments.add.mutate({ courseId, cohortId: cohort.id, delegationId })).toEqual({ added: 0, alreadyEnrolled: 2, unknown: [] });

    const cohorts = await instructor.client.cohorts.list.query({ courseId });
    expect(cohorts).toEqual([expect.objectContaining({ id: cohort.id, learners: 3 })]);
    const unknownDelegation = await instructor.call('enrollments.add', 'mutation', { courseId, delegationId: 'no-such-delegation' });
    expect(unknownDelegation.status).toBe(404);
    expect(unknownDelegation.body.error.data.issues[0]).toMatchObject({ path: ['delegationId'], code: 'not_found' });
    const otherCohort = await instructor.call('enrollments.add', 'mutation', { courseId, cohortId: 'no-such-cohort', userIds: [learnerId] });
    expect(otherCohort.body.error.data.issues[0]).toMatchObject({ path: ['cohortId'], code: 'not_found' });
  });

  it('removes a learner keeping their history, and answers NOT_FOUND at userId for someone not enrolled', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    const learnerId = await idOf('learner@example.org');
    const { courseId } = await storedCourse(db(), await idOf('instructor@example.org'));
    await learner.client.enrollments.enroll.mutate({ courseId });
    expect(await organizer.client.enrollments.remove.mutate({ courseId, userId: learnerId })).toEqual({ withdrawn: true });
    expect((await learner.client.enrollments.mine.query()).find((m) => m.enrollment.courseId === courseId)!.enrollment.status).toBe('withdrawn');
    const missing = await organizer.call('enrollments.remove', 'mutation', { courseId, userId: await idOf('instructor@example.org') });
    expect(missing.status).toBe(404);
    expect(missing.body.error.data.issues[0]).toMatchObject({ path: ['userId'], code: 'not_found' });
  });

  it('lets only the course’s instructors and organizers manage its enrolments and cohorts', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { courseId } = await storedCourse(db(), await idOf('instructor@example.org'));
    for (const [path, type, input] of [
      ['enrollments.add', 'mutation', { courseId, userIds: ['x'] }],
      ['cohorts.create', 'mutation', { courseId, name: 'Чужая группа' }],
      ['cohorts.list', 'query', { courseId }],
      ['progress.cohort', 'query', { courseId }],
    ] as const) {
      expect((await learner.call(path, type, input)).status, path).toBe(403);
    }
  });

  it('refuses a second cohort with the same name in a course with CONFLICT at name, also when created at the same moment', async () => {
    const instructor = await api().signedIn('instructor@example.org');
    const { courseId } = await storedCourse(db(), await idOf('instructor@example.org'));
    const outcomes = await race(instructor, 'cohorts.create', 'mutation', { courseId, name: 'Сибирский федеральный округ' }, 4);
    expectOneWinner(outcomes, { code: 'CONFLICT', path: ['name'], issueCode: 'cohort_name_taken' });
  });

  it('enrols a token’s owner with enrollments:write and reads their enrolments with progress:read', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { courseId } = await storedCourse(db(), await idOf('instructor@example.org'));
    const write = await learner.client.tokens.create.mutate({ name: 'city portal', scopes: ['enrollments:write'] });
    const read = await learner.client.tokens.create.mutate({ name: 'city dashboard', scopes: ['progress:read'] });
    const enrolled = await api().agent(write.secret).client.enrollments.enroll.mutate({ courseId });
    expect(enrolled.enrollment.userId).toBe(await idOf('learner@example.org'));
    expect((await api().agent(read.secret).client.enrollments.mine.query()).map((m) => m.enrollment.courseId)).toContain(courseId);
    expect((await api().agent(read.secret).call('enrollments.enroll', 'mutation', { courseId })).status).toBe(403);
  });
});
