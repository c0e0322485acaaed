import type { Outline } from '@gorod/domain';
import { expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { createDb } from '../create-db.js';
import { insertUser } from '../people/users.js';
import { describeEachDialect, statementsOf, useTestDatabase } from '../testing/index.js';
import { insertCourse } from './courses.js';
import { outlineKey } from './enrollments.js';
import { publishedOutlines } from './published-outlines.js';
import { getOrCreateDraft, publishDraft, saveDraftOutline } from './versions.js';

const now = '2026-11-20T10:00:00.000Z';
/** Item ids belong to one course: each course's outline names its own. */
const outline = (courseId: string, title: string): Outline => ({
  modules: [{ id: `${courseId}-m`, title: { ru: title }, unlock: { kind: 'always' }, items: [{ id: `${courseId}-a`, kind: 'article', title: { ru: 'Статья' }, body: { ru: 'Текст' } }] }],
});


describeEachDialect('published outlines', (dialect) => {
  const database = useTestDatabase(dialect, { seed: false });
  let made = 0;

  async function courseWithDraft(title: string): Promise<string> {
    made += 1;
    const db = database().db;
    const ownerId = `owner-${made}`;
    await insertUser(db, { id: ownerId, email: `${ownerId}@outlines.example.org`, name: 'Преподаватель', cityId: null, position: '', locale: 'ru', timeZone: 'Europe/Moscow', roles: ['instructor'], passwordHash: null, createdAt: now });
    const courseId = `outlines-${made}`;
    await insertCourse(db, { id: courseId, slug: courseId, title: { ru: 'Курс' }, description: null, topic: 'tourism', languages: ['ru'], enrolment: 'open', ownerId, createdAt: now });
    const draft = await getOrCreateDraft(db, courseId, now);
    await saveDraftOutline(db, courseId, draft.revision, outline(courseId, title), now);
    return courseId;
  }

  it('reads a published outline once and then answers it without a statement', async () => {
    const db = database().db;
    const courseId = await courseWithDraft('Опубликованный');
    await publishDraft(db, courseId, now);
    const version = [{ courseId, version: 1 }];
    expect(await statementsOf(db, (counted) => publishedOutlines(counted, version))).toBe(1);
    expect(await statementsOf(db, (counted) => publishedOutlines(counted, version))).toBe(0);
    expect((await publishedOutlines(db, version)).get(outlineKey(courseId, 1))?.modules[0]?.title.ru).toBe('Опубликованный');
  });

  it('never keeps a draft, whose outline may still change', async () => {
    const db = database().db;
    const courseId = await courseWithDraft('Черновик');
    const version = [{ courseId, version: 1 }];
    expect((await publishedOutlines(db, version)).get(outlineKey(courseId, 1))?.modules[0]?.title.ru).toBe('Черновик');
    const draft = await getOrCreateDraft(db, courseId, now);
    await saveDraftOutline(db, courseId, draft.revision, outline(courseId, 'Исправленный'), now);
    expect((await publishedOutlines(db, version)).get(outlineKey(courseId, 1))?.modules[0]?.title.ru).toBe('Исправленный');
  });

  it('keeps two databases apart, even for the same course and version', async () => {
    const db = database().db;
    const courseId = await courseWithDraft('Первая база');
    await publishDraft(db, courseId, now);
    await publishedOutlines(db, [{ courseId, version: 1 }]);
    // The same database opened again is another Kysely instance: it reads for itself.
    const other = createDb({ url: database().url });
    try {
      expect(await statementsOf(other, (counted) => publishedOutlines(counted, [{ courseId, version: 1 }]))).toBe(1);
    } finally {
      await other.destroy();
    }
  });
});
