import type { CohortRow } from '@gorod/domain';
import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { describeEachDialect, useTestDatabase } from '../testing/index.js';
import { cohortTotals } from './cohort-table.js';
import { createCohort } from './cohorts.js';
import { insertCourse } from './courses.js';
import { enrollMany, enrollPerson, findEnrollment, resolvePeople, withdrawEnrollment } from './enrollments.js';
import { appendEvents, ownersOf } from './progress-events.js';

const now = new Date('2026-11-01T10:00:00.000Z');

async function makeUsers(db: Db, prefix: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  await db
    .insertInto('users')
    .values(ids.map((id) => ({ id, email: `${id}@example.org`, name: id, search_text: id, position: '', locale: 'ru', time_zone: 'Asia/Yekaterinburg', created_at: now.toISOString() })))
    .execute();
  return ids;
}

async function makeCourse(db: Db, id: string, ownerId: string): Promise<void> {
  await insertCourse(db, { id, slug: id, title: { ru: id }, description: null, topic: 'tourism', languages: ['ru'], enrolment: 'open', ownerId, createdAt: now.toISOString() });
}

describeEachDialect('enrolment and progress-log repositories', (dialect) => {
  const database = useTestDatabase(dialect);

  it('enrols many at once: new people added, withdrawn ones re-activated, active ones counted and moved to the cohort', async () => {
    const { db } = database();
    const [owner, a, b, c, d] = await makeUsers(db, 'many', 5);
    await makeCourse(db, 'many-course', owner!);
    const cohort = await createCohort(db, 'many-course', 'Группа', now);
    await enrollPerson(db, 'many-course', a!, 1, now);
    await enrollPerson(db, 'many-course', b!, 1, now);
    await withdrawEnrollment(db, 'many-course', b!, now);
    expect(await enrollMany(db, 'many-course', [a!, b!, c!, d!], cohort.id, 1, now)).toEqual({ added: 3, alreadyEnrolled: 1 });
    for (const id of [a, b, c, d]) expect(await findEnrollment(db, 'many-course', id!)).toMatchObject({ status: 'active', cohortId: cohort.id, withdrawnAt: null });
    expect(await enrollMany(db, 'many-course', [a!, b!], null, 1, now)).toEqual({ added: 0, alreadyEnrolled: 2 });
    expect((await findEnrollment(db, 'many-course', a!))?.cohortId).toBe(cohort.id);
  });

  it('names the people a list asks for that match nobody active, emails compared without case', async () => {
    const { db } = database();
    const [active, gone] = await makeUsers(db, 'people', 2);
    await db.updateTable('users').set({ deactivated_at: now.toISOString() }).where('id', '=', gone!).execute();
    expect(await resolvePeople(db, { emails: [`${active!.toUpperCase()}@EXAMPLE.ORG`, `${gone}@example.org`, 'nobody@example.org'] })).toEqual({
      userIds: [active],
      unknown: [`${gone}@example.org`, 'nobody@example.org'],
    });
    expect(await resolvePeople(db, { userIds: [active!, 'no-one'] })).toEqual({ userIds: [active], unknown: ['no-one'] });
  });

  it('appends an event id once, and tells who holds an id that did not insert', async () => {
    const { db } = database();
    const [owner, first, second] = await makeUsers(db, 'log', 3);
    await makeCourse(db, 'log-course', owner!);
    const event = { id: '019a0000-0000-7000-8000-000000000001', itemId: 'log-item', kind: 'item.opened' as const, at: now.toISOString() };
    expect(await appendEvents(db, [{ event, userId: first!, courseId: 'log-course' }], now)).toEqual(new Set([event.id]));
    expect(await appendEvents(db, [{ event, userId: second!, courseId: 'log-course' }], now)).toEqual(new Set());
    expect(await ownersOf(db, [event.id])).toEqual(new Map([[event.id, first]]));
  });
});

describe('cohort totals', () => {
  it('totals only active learners, per region and per federal district', () => {
    const row = (userId: string, regionId: string, federalDistrict: 'ural' | 'volga', fraction: number, status: 'active' | 'withdrawn' = 'active'): CohortRow => ({
      userId,
      name: userId,
      city: null,
      region: { id: regionId, name: { ru: regionId } },
      federalDistrict,
      cohortId: null,
      cohortName: null,
      version: 1,
      status,
      completedItems: 0,
      totalItems: 2,
      fraction,
      completed: fraction === 1,
      lastActivityAt: null,
    });
    const totals = cohortTotals([row('a', 'RU-SVE', 'ural', 1), row('b', 'RU-PER', 'volga', 0.5), row('c', 'RU-PER', 'volga', 0), row('d', 'RU-SVE', 'ural', 0, 'withdrawn')]);
    expect(totals.totals).toEqual({ learners: 3, completed: 1, averageFraction: 0.5 });
    expect(totals.byDistrict).toEqual([
      { federalDistrict: 'ural', learners: 1, completed: 1, averageFraction: 1 },
      { federalDistrict: 'volga', learners: 2, completed: 0, averageFraction: 0.25 },
    ]);
    expect(totals.byRegion.map((r) => [r.regionId, r.learners])).toEqual([
      ['RU-PER', 2],
      ['RU-SVE', 1],
    ]);
  });
});
