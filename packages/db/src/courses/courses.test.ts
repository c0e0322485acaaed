import { canSeeCourse, type Outline, type PermissionActor, type Role } from '@gorod/domain';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { insertUser } from '../people/users.js';
import { countingStatements, describeEachDialect, useTestDatabase } from '../testing/index.js';
import { findCourse, insertCourse, listCatalog, listTaughtCourses, setCoInstructors } from './courses.js';
import { recordCourseItems } from './items.js';
import { archiveCourse, getOrCreateDraft, publishDraft, saveDraftOutline } from './versions.js';

const now = '2026-11-20T10:00:00.000Z';

const outline = (key: string): Outline => ({
  modules: [{ id: `${key}-m`, title: { ru: 'Модуль' }, unlock: { kind: 'always' }, items: [{ id: `${key}-a`, kind: 'article', title: { ru: 'Статья' }, body: { ru: 'Текст' } }] }],
});

async function person(db: Db, key: string, roles: Role[]): Promise<string> {
  const id = `user-${key}`;
  await insertUser(db, {
    id,
    email: `${key}@courses.example.org`,
    name: `Человек ${key}`,
    cityId: null,
    position: '',
    locale: 'ru',
    timeZone: 'Europe/Moscow',
    roles,
    passwordHash: null,
    createdAt: now,
  });
  return id;
}

/** A course of `ownerId`'s in one of the states visibility depends on. */
async function course(db: Db, key: string, ownerId: string, state: { open: boolean; published: boolean; archived: boolean }): Promise<string> {
  const id = `course-${key}`;
  await insertCourse(db, {
    id,
    slug: id,
    title: { ru: `Курс ${key}` },
    description: null,
    topic: 'tourism',
    languages: ['ru'],
    enrolment: state.open ? 'open' : 'by_enrolment',
    ownerId,
    createdAt: now,
  });
  const draft = await getOrCreateDraft(db, id, now);
  await saveDraftOutline(db, id, draft.revision, outline(key), now);
  if (state.published) await publishDraft(db, id, now);
  if (state.archived) await archiveCourse(db, id, now);
  return id;
}

describeEachDialect('course repositories', (dialect) => {
  const database = useTestDatabase(dialect);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { db } = database();
    for (const [key, roles] of [
      ['owner', ['instructor']],
      ['co', ['instructor']],
      ['enrolled', ['learner']],
      ['stranger', ['learner']],
      ['organizer', ['organizer']],
    ] as const) {
      ids[key] = await person(db, key, [...roles]);
    }
  });

  it('lists in the catalog exactly the courses canSeeCourse lets each actor see', async () => {
    const { db } = database();
    const courses: string[] = [];
    for (const open of [true, false]) {
      for (const published of [true, false]) {
        for (const archived of [true, false]) {
          const id = await course(db, `grid-${open}-${published}-${archived}`, ids.owner!, { open, published, archived });
          await setCoInstructors(db, id, [ids.co!]);
          await db
            .insertInto('enrollments')
            .values({ id: `enrolment-${id}`, course_id: id, user_id: ids.enrolled!, cohort_id: null, version: 1, status: 'withdrawn', enrolled_at: now, withdrawn_at: now })
            .execute();
          courses.push(id);
        }
      }
    }
    const actors: Array<[PermissionActor, boolean]> = [
      [{ kind: 'anonymous' }, false],
      [{ kind: 'session', userId: ids.owner!, roles: ['instructor'] }, false],
      [{ kind: 'session', userId: ids.co!, roles: ['instructor'] }, false],
      [{ kind: 'token', userId: ids.enrolled!, roles: ['learner'] }, true],
      [{ kind: 'session', userId: ids.stranger!, roles: ['learner'] }, false],
      [{ kind: 'session', userId: ids.organizer!, roles: ['organizer'] }, false],
    ];
    for (const [actor, enrolled] of actors) {
      const listed = (await listCatalog(db, actor, {})).map((c) => c.id).filter((id) => courses.includes(id));
      const expected = [];
      for (const id of courses) if (canSeeCourse(actor, (await findCourse(db, id))!, enrolled)) expected.push(id);
      expect(listed.sort(), JSON.stringify(actor)).toEqual(expected.sort());
    }
  });

  it('reads the catalog and the taught courses in the same number of statements whatever the number of courses', async () => {
    const { db } = database();
    const { db: counted, take } = countingStatements(db);
    const organizer: PermissionActor = { kind: 'session', userId: ids.organizer!, roles: ['organizer'] };
    const statementsFor = async () => {
      take();
      const catalog = await listCatalog(counted, organizer, {});
      const catalogStatements = take();
      const taught = await listTaughtCourses(counted, ids.co!);
      return { catalog: catalogStatements, taught: take(), courses: catalog.length, taughtCourses: taught.length };
    };
    await course(db, 'counted-first', ids.owner!, { open: true, published: true, archived: false });
    const before = await statementsFor();
    for (let n = 0; n < 20; n += 1) {
      const id = await course(db, `counted-${n}`, ids.owner!, { open: true, published: n % 2 === 0, archived: false });
      await setCoInstructors(db, id, [ids.co!]);
    }
    const after = await statementsFor();
    expect(after.courses).toBe(before.courses + 20);
    expect(after.taughtCourses).toBe(before.taughtCourses + 20);
    expect({ catalog: after.catalog, taught: after.taught }).toEqual({ catalog: before.catalog, taught: before.taught });
    expect(before).toMatchObject({ catalog: 3, taught: 5 });
  });

  it('records every saved item for its course and refuses an id another course holds, keeping the holder', async () => {
    const { db } = database();
    const first = await course(db, 'holder', ids.owner!, { open: true, published: false, archived: false });
    const second = await course(db, 'taker', ids.owner!, { open: true, published: false, archived: false });
    await expect(recordCourseItems(db, second, outline('holder'))).rejects.toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: ['outline', 'modules', '0', 'items', '0', 'id'], code: 'item_of_another_course' }],
    });
    const row = await db.selectFrom('course_items').selectAll().where('item_id', '=', 'holder-a').executeTakeFirstOrThrow();
    expect(row).toEqual({ item_id: 'holder-a', course_id: first, kind: 'article', session_id: null });
  });
});
