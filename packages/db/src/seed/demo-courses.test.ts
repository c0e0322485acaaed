import { createHash } from 'node:crypto';
import { deriveProgress, EventIdSchema, judgeEvents, type LearnerEvent, OutlineSchema, outlineItems } from '@gorod/domain';
import { beforeAll, expect, it } from 'vitest';
import { outlineKey, outlinesOf } from '../courses/enrollments.js';
import { attendanceEvents, learnerKey, storedEvents } from '../courses/progress-events.js';
import { insertUser } from '../people/users.js';
import { describeEachDialect, useTestDatabase } from '../testing/index.js';
import { demoCourses } from './demo-courses.js';
import { seedDemoLearning } from './demo-learning.js';
import { delegationPeopleDomain } from './delegation-people.js';

describeEachDialect('the demo courses', (dialect) => {
  const database = useTestDatabase(dialect);
  const now = new Date();
  // Where the server would keep the uploads' bytes, by id; `writes` counts every call.
  const stored = new Map<string, Uint8Array>();
  let writes = 0;
  const writeUpload = async (id: string, bytes: Uint8Array) => {
    writes += 1;
    stored.set(id, bytes);
  };

  beforeAll(async () => {
    const { db } = database();
    for (const [email, roles] of [['instructor@example.org', ['instructor']], ['learner@example.org', ['learner']]] as const) {
      await insertUser(db, { id: email.split('@')[0]!, email, name: email, cityId: 'yekaterinburg', position: '', locale: 'ru', timeZone: 'Asia/Yekaterinburg', roles, passwordHash: null, createdAt: now.toISOString() });
    }
    expect(await seedDemoLearning(db, writeUpload, now)).toBe(true);
  });

  it('publishes at least three courses of the demo instructor on the forum’s topics, titled in three languages', async () => {
    const courses = await database().db.selectFrom('courses').selectAll().orderBy('id').execute();
    expect(courses.length).toBeGreaterThanOrEqual(3);
    expect(new Set(courses.map((c) => c.topic)).size).toBe(courses.length);
    for (const course of courses) {
      expect(course.owner_id).toBe('instructor');
      expect(Object.keys(JSON.parse(course.title)).sort()).toEqual(['en', 'ru', 'zh']);
      expect(course.published_version).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every course articles with lists and tables, a video link and a class of the forum, behind unlock rules of every kind', async () => {
    const { db } = database();
    const versions = await db.selectFrom('course_versions').selectAll().execute();
    const classSessions = new Set((await db.selectFrom('program_sessions').select('id').where('kind', '=', 'course_class').execute()).map((s) => s.id));
    const ruleKinds = new Set<string>();
    for (const version of versions) {
      expect(version.status).toBe('published');
      const outline = OutlineSchema.parse(JSON.parse(version.outline));
      expect(outline.modules.length).toBeGreaterThanOrEqual(3);
      for (const module of outline.modules) ruleKinds.add(module.unlock.kind);
      const items = outlineItems(outline).map(({ item }) => item);
      const articles = items.flatMap((i) => (i.kind === 'article' ? [i.body.ru] : []));
      expect(articles.some((body) => /^\| .* \|$/m.test(body))).toBe(true);
      expect(articles.some((body) => /^(- |1\. )/m.test(body))).toBe(true);
      expect(items.some((i) => i.kind === 'video' && i.source.kind === 'link' && i.source.url.startsWith('https://'))).toBe(true);
      const classes = items.flatMap((i) => (i.kind === 'class' ? [i.sessionId] : []));
      expect(classes.length).toBeGreaterThan(0);
      for (const sessionId of classes) expect(classSessions.has(sessionId)).toBe(true);
    }
    expect([...ruleKinds].sort()).toEqual(['after_class', 'after_module', 'always', 'from_date']);
  });

  it('maps every item of every version to its course, and each class item to its session', async () => {
    const rows = await database().db.selectFrom('course_items').selectAll().orderBy('item_id').execute();
    const expected = demoCourses.flatMap((course) => {
      const items = new Map(course.versions.flatMap((v) => outlineItems(OutlineSchema.parse(v)).map(({ item }) => [item.id, item] as const)));
      return [...items.values()].map((item) => ({ item_id: item.id, course_id: course.id, kind: item.kind, session_id: item.kind === 'class' ? item.sessionId : null }));
    });
    expect(rows).toEqual(expected.sort((a, b) => (a.item_id < b.item_id ? -1 : 1)));
  });

  it('keeps some learners of the course with a second version on the first one', async () => {
    const rewritten = demoCourses.find((c) => c.versions.length > 1)!;
    const rows = await database().db.selectFrom('enrollments').select('version').where('course_id', '=', rewritten.id).execute();
    expect(new Set(rows.map((r) => r.version))).toEqual(new Set([1, 2]));
  });

  it('enrols each delegation person in their federal district’s cohort, and the demo learner in two courses', async () => {
    const { db } = database();
    const rows = await db
      .selectFrom('enrollments')
      .innerJoin('users', 'users.id', 'enrollments.user_id')
      .leftJoin('cohorts', 'cohorts.id', 'enrollments.cohort_id')
      .leftJoin('cities', 'cities.id', 'users.city_id')
      .leftJoin('regions', 'regions.id', 'cities.region_id')
      .select(['users.email', 'cohorts.name as cohort', 'regions.federal_district as district', 'enrollments.status'])
      .execute();
    const people = await db.selectFrom('users').select('email').where('email', 'like', `%@${delegationPeopleDomain}`).execute();
    expect(people.length).toBeGreaterThan(80);
    for (const person of people) expect(rows.filter((r) => r.email === person.email).length).toBeGreaterThanOrEqual(1);
    for (const row of rows) expect(row.status).toBe('active');
    const ural = rows.filter((r) => r.district === 'ural' && r.email.endsWith(delegationPeopleDomain));
    expect(ural.length).toBeGreaterThan(0);
    for (const row of ural) expect(row.cohort).toBe('Форум 2026 — Уральский федеральный округ');
    expect(rows.filter((r) => r.email === 'learner@example.org')).toHaveLength(2);
    const cohorts = await db.selectFrom('cohorts').select(['course_id', 'name']).execute();
    expect(new Set(cohorts.map((c) => c.name)).size).toBeGreaterThanOrEqual(8);
  });

  it('leaves progress of every kind: completed items, a video at 40 %, items only opened, and learners who have not begun', async () => {
    const { db } = database();
    const events = await db.selectFrom('progress_events').selectAll().execute();
    for (const e of events) {
      expect(EventIdSchema.safeParse(e.id).success).toBe(true);
      expect(new Date(e.at).getTime()).toBeLessThanOrEqual(now.getTime());
      expect(new Date(e.at).getTime()).toBeGreaterThan(now.getTime() - 31 * 86_400_000);
    }
    expect(events.some((e) => e.kind === 'item.completed')).toBe(true);
    expect(events.some((e) => e.kind === 'video.progress' && e.fraction === 0.4)).toBe(true);
    expect(events.some((e) => e.kind === 'video.progress' && (e.fraction ?? 0) >= 0.9)).toBe(true);
    const active = new Set(events.map((e) => `${e.course_id} ${e.user_id}`));
    const enrolled = await db.selectFrom('enrollments').select(['course_id', 'user_id']).execute();
    expect(enrolled.some((e) => !active.has(`${e.course_id} ${e.user_id}`))).toBe(true);
    const onlyOpened = [...active].filter((key) => events.filter((e) => `${e.course_id} ${e.user_id}` === key).every((e) => e.kind === 'item.opened'));
    expect(onlyOpened.length).toBeGreaterThan(0);
    expect(events.some((e) => e.kind === 'class.attended')).toBe(false);
  });

  it('checks learners in at the classes that are over, within each class’s seats, through confirmed registrations', async () => {
    const { db } = database();
    const attended = await db
      .selectFrom('check_ins')
      .innerJoin('registrations', 'registrations.id', 'check_ins.registration_id')
      .innerJoin('program_sessions', 'program_sessions.id', 'registrations.session_id')
      .innerJoin('course_items', 'course_items.session_id', 'program_sessions.id')
      .innerJoin('enrollments', (join) => join.onRef('enrollments.user_id', '=', 'registrations.user_id').onRef('enrollments.course_id', '=', 'course_items.course_id'))
      .select(['registrations.status', 'program_sessions.id', 'program_sessions.ends_at', 'program_sessions.capacity'])
      .execute();
    expect(attended.length).toBeGreaterThan(5);
    for (const row of attended) {
      expect(row.status).toBe('confirmed');
      expect(new Date(row.ends_at).getTime()).toBeLessThan(now.getTime());
    }
    const confirmed = await db
      .selectFrom('registrations')
      .innerJoin('program_sessions', 'program_sessions.id', 'registrations.session_id')
      .select(['session_id', 'program_sessions.capacity', (eb) => eb.fn.countAll<number>().as('n')])
      .where('registrations.status', '=', 'confirmed')
      .groupBy(['session_id', 'program_sessions.capacity'])
      .execute();
    for (const row of confirmed) expect(Number(row.n)).toBeLessThanOrEqual(row.capacity ?? Number.POSITIVE_INFINITY);
  });

  it('stores only events progress.record would have accepted, in the order they happened, and leaves some learners finished and some halfway', async () => {
    const { db } = database();
    const enrolled = await db.selectFrom('enrollments').select(['course_id', 'user_id', 'version']).execute();
    const courseIds = demoCourses.map((c) => c.id);
    const [outlines, stored, attended] = await Promise.all([
      outlinesOf(db, enrolled.map((e) => ({ courseId: e.course_id, version: e.version }))),
      storedEvents(db, courseIds),
      attendanceEvents(db, courseIds),
    ]);
    const fractions: number[] = [];
    for (const e of enrolled) {
      const key = learnerKey(e.course_id, e.user_id);
      const outline = outlines.get(outlineKey(e.course_id, e.version))!;
      const batch = (stored.get(key) ?? []).filter((ev): ev is LearnerEvent => ev.kind !== 'class.attended').sort((a, b) => a.at.localeCompare(b.at));
      const verdicts = judgeEvents({ outline, stored: attended.get(key) ?? [], batch, now, enrolled: true });
      expect(verdicts.filter((v) => v.status !== 'accepted')).toEqual([]);
      fractions.push(deriveProgress(outline, [...batch, ...(attended.get(key) ?? [])], now).fraction);
    }
    expect(fractions.some((f) => f === 1)).toBe(true);
    expect(fractions.some((f) => f > 0.3 && f < 0.7)).toBe(true);
    expect(fractions.some((f) => f === 0)).toBe(true);
  });

  it('gives every course a document to download, stored as an upload of the demo instructor whose bytes hash to its record', async () => {
    const { db } = database();
    const versions = await db.selectFrom('course_versions').select(['course_id', 'outline']).execute();
    const uploads = new Map((await db.selectFrom('uploads').selectAll().execute()).map((u) => [u.id, u]));
    expect(new Set(versions.map((v) => v.course_id)).size).toBe(demoCourses.length);
    for (const version of versions) {
      const files = outlineItems(OutlineSchema.parse(JSON.parse(version.outline))).flatMap(({ item }) => (item.kind === 'file' ? [item] : []));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const upload = uploads.get(file.uploadId)!;
        expect(upload).toMatchObject({ owner_id: 'instructor', file_name: file.fileName, media_type: file.mediaType, size: file.size });
        expect(upload.id).toMatch(/^[0-9a-f]{32}$/);
        expect(upload.file_name).toMatch(/^[А-ЯЁ][^/\\]*\.(csv|txt)$/);
        expect(['text/csv', 'text/plain']).toContain(upload.media_type);
        const bytes = stored.get(upload.id)!;
        expect(bytes.byteLength).toBe(upload.size);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(upload.sha256);
        // What the server's upload check takes as text: UTF-8 throughout, and not opening like markup.
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        expect(text.trimStart().startsWith('<')).toBe(false);
        expect(text).toMatch(/[а-яё]{4}/);
      }
    }
    expect([...stored.keys()].sort()).toEqual([...uploads.keys()].sort());
  });

  it('lets some learners open the documents, the way a download is recorded', async () => {
    const { db } = database();
    const opened = await db
      .selectFrom('progress_events')
      .innerJoin('course_items', 'course_items.item_id', 'progress_events.item_id')
      .select(['progress_events.kind', 'progress_events.course_id'])
      .where('course_items.kind', '=', 'file')
      .execute();
    for (const e of opened) expect(e.kind).toBe('item.opened');
    expect(new Set(opened.map((e) => e.course_id))).toEqual(new Set(demoCourses.map((c) => c.id)));
  });

  it('seeds nothing the second time, and writes no bytes', async () => {
    const before = writes;
    expect(await seedDemoLearning(database().db, writeUpload, now)).toBe(false);
    expect(writes).toBe(before);
  });
});
