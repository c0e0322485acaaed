import { describeEachDialect } from '@gorod/db/testing';
import type { Role } from '@gorod/domain';
import { beforeAll, expect, it } from 'vitest';
import type { Agent } from '../testing/agent.js';
import { article, articleOutline, classItem, draftCourse, freshId, publishedCourse } from '../testing/course-fixtures.js';
import { expectOneWinner, race } from '../testing/race.js';
import { type TestServer, useTestServer } from '../testing/test-server.js';

/** Invites someone with `roles`, accepts for them and signs them in: a second instructor, say. */
async function newPerson(api: TestServer, email: string, roles: Role[]): Promise<{ agent: Agent; id: string }> {
  const organizer = await api.signedIn('organizer@example.org');
  const person = await organizer.client.people.invite.mutate({ email, name: 'Вторая Преподавательница', roles });
  const token = /\/invitation\/([\w-]+)/.exec((await api.lastMailTo(email))!.body)![1]!;
  await api.agent().client.auth.acceptInvitation.mutate({ token, password: 'пароль-преподавателя-1' });
  return { agent: await api.signedIn(email, 'пароль-преподавателя-1'), id: person.id };
}

describeEachDialect('the courses procedures', (dialect) => {
  const api = useTestServer(dialect);
  let instructor: Agent;
  let learner: Agent;
  let organizer: Agent;
  let otherInstructor: { agent: Agent; id: string };

  beforeAll(async () => {
    instructor = await api().signedIn('instructor@example.org');
    learner = await api().signedIn('learner@example.org');
    organizer = await api().signedIn('organizer@example.org');
    otherInstructor = await newPerson(api(), 'second-instructor@example.org', ['instructor']);
  });

  it('lets an instructor create a course, fill its draft, publish it, and lets anyone read it in the catalog and by slug', async () => {
    const created = await instructor.client.courses.create.mutate({
      slug: 'small-towns-basics',
      title: { ru: 'Основы развития малых городов', en: 'Small towns: the basics' },
      description: { ru: 'Как малому городу найти свою экономику' },
      topic: 'small_towns',
      languages: ['ru', 'en'],
    });
    expect(created.slug).toBe('small-towns-basics');

    const { course, draft } = await instructor.client.courses.draft.query({ courseId: created.id });
    expect(course).toMatchObject({ id: created.id, enrolment: 'open', publishedVersion: null, instructorIds: [] });
    expect(draft).toMatchObject({ number: 1, status: 'draft', revision: 0, outline: { modules: [] } });
    // Opening the draft again gives the same one: one draft at a time.
    expect((await instructor.client.courses.draft.query({ courseId: created.id })).draft.number).toBe(1);

    const saved = await instructor.client.courses.saveDraft.mutate({ courseId: created.id, revision: 0, outline: articleOutline('basics', 2) });
    expect(saved.revision).toBe(1);
    // Not in the public catalog nor readable by slug before it is published.
    expect((await api().client.courses.catalog.query()).items.map((c) => c.id)).not.toContain(created.id);
    const early = await api().rawQuery('courses.get', { slug: 'small-towns-basics' });
    expect(early.status).toBe(404);
    expect(early.body.error.data.issues[0]).toMatchObject({ path: ['slug'], code: 'not_found' });

    expect(await instructor.client.courses.publish.mutate({ courseId: created.id })).toEqual({ version: 1 });

    const listed = (await api().client.courses.catalog.query()).items.find((c) => c.id === created.id);
    expect(listed).toMatchObject({
      slug: 'small-towns-basics',
      publishedVersion: 1,
      modulesCount: 2,
      itemsCount: 3,
      classesCount: 0,
      archived: false,
      instructors: [{ name: expect.any(String) }],
    });
    const view = await api().client.courses.get.query({ slug: 'small-towns-basics' });
    expect(view.version).toMatchObject({ number: 1, status: 'published', publishedAt: expect.any(String) });
    expect(view.version.outline.modules.map((m) => m.id)).toEqual(['basics-m1', 'basics-m2']);
    expect(view.classSessions).toEqual([]);

    const mine = await instructor.client.courses.mine.query();
    expect(mine.find((c) => c.id === created.id)).toMatchObject({ draft: null, learners: 0, publishedVersion: 1 });
  });

  it('refuses a taken slug with a CONFLICT naming slug, and a learner creating a course', async () => {
    const slug = freshId('taken');
    await instructor.client.courses.create.mutate({ slug, title: { ru: 'Первый' }, topic: 'tourism' });
    const again = await otherInstructor.agent.call('courses.create', 'mutation', { slug, title: { ru: 'Второй' }, topic: 'tourism' });
    expect(again.status).toBe(409);
    expect(again.body.error.data.issues[0]).toMatchObject({ path: ['slug'], code: 'slug_taken' });
    expect((await learner.call('courses.create', 'mutation', { slug: freshId('learner'), title: { ru: 'Нет' }, topic: 'tourism' })).status).toBe(403);
  });

  it('hides an unpublished course from other instructors, forbids them a published one, and lets an organizer see but not edit', async () => {
    const hidden = await draftCourse(instructor);
    const open = await publishedCourse(instructor);
    const other = otherInstructor.agent;

    const notFound = await other.call('courses.draft', 'query', { courseId: hidden.id });
    expect(notFound.status).toBe(404);
    expect(notFound.body.error.data.issues[0]).toMatchObject({ path: ['courseId'], code: 'not_found' });
    expect((await other.call('courses.update', 'mutation', { courseId: open.id, title: { ru: 'Чужой' } })).status).toBe(403);
    expect((await other.call('courses.saveDraft', 'mutation', { courseId: open.id, revision: 1, outline: { modules: [] } })).status).toBe(403);
    expect((await learner.call('courses.publish', 'mutation', { courseId: hidden.id })).status).toBe(404);

    const organizerCatalog = (await organizer.client.courses.catalog.query()).items.map((c) => c.id);
    expect(organizerCatalog).toEqual(expect.arrayContaining([hidden.id, open.id]));
    expect((await learner.client.courses.catalog.query()).items.map((c) => c.id)).not.toContain(hidden.id);
    expect((await organizer.call('courses.update', 'mutation', { courseId: hidden.id, title: { ru: 'Организатор' } })).status).toBe(403);
    expect((await organizer.call('courses.versions', 'query', { courseId: hidden.id })).status).toBe(403);
  });

  it('lets co-instructors edit once named, and refuses naming someone who is not an instructor or organizer at their place', async () => {
    const course = await draftCourse(instructor);
    const learnerId = (await learner.client.auth.me.query()).id;
    const refused = await instructor.call('courses.setInstructors', 'mutation', { courseId: course.id, instructorIds: [otherInstructor.id, learnerId] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.data.issues).toEqual([expect.objectContaining({ path: ['instructorIds', '1'], code: 'not_an_instructor' })]);

    const organizerId = (await organizer.client.auth.me.query()).id;
    await instructor.client.courses.setInstructors.mutate({ courseId: course.id, instructorIds: [otherInstructor.id, organizerId] });
    await otherInstructor.agent.client.courses.update.mutate({ courseId: course.id, title: { ru: 'Вместе', en: 'Together' } });
    const { course: stored } = await otherInstructor.agent.client.courses.draft.query({ courseId: course.id });
    expect(stored).toMatchObject({ title: { ru: 'Вместе', en: 'Together' }, instructorIds: [otherInstructor.id, organizerId].sort() });
    expect((await otherInstructor.agent.client.courses.mine.query()).map((c) => c.id)).toContain(course.id);
    // The organizer named co-instructor now teaches it, so may edit it.
    await organizer.client.courses.update.mutate({ courseId: course.id, topic: 'tourism' });
    expect((await instructor.client.courses.draft.query({ courseId: course.id })).course.topic).toBe('tourism');
  });

  it('filters the catalog by topic and language and searches titles in Russian, English and Chinese, folded like the directory', async () => {
    const toys = await publishedCourse(instructor, {
      title: { ru: 'Ёлочные игрушки Семёнова', en: 'Semyonov Christmas Toys', zh: '谢苗诺夫的圣诞玩具' },
      topic: 'creative_economy',
      languages: ['ru', 'zh'],
    });
    const catalog = async (input: Record<string, string>) => (await api().client.courses.catalog.query(input)).items.map((c) => c.id);
    expect(await catalog({ search: 'ЕЛОЧНЫЕ  игрушки' })).toEqual([toys.id]);
    expect(await catalog({ search: 'christmas TOYS' })).toEqual([toys.id]);
    expect(await catalog({ search: '圣诞玩具' })).toEqual([toys.id]);
    expect(await catalog({ search: 'семёнова', topic: 'creative_economy', language: 'zh' })).toEqual([toys.id]);
    expect(await catalog({ search: 'семенова', language: 'en' })).toEqual([]);
    expect(await catalog({ search: 'семенова', topic: 'tourism' })).toEqual([]);
    const creative = (await api().client.courses.catalog.query({ topic: 'creative_economy' })).items;
    expect(creative.length).toBeGreaterThan(0);
    expect(creative.every((c) => c.topic === 'creative_economy')).toBe(true);
  });

  it('shows a token with catalog:read the courses its owner teaches, and a token without it only the public catalog', async () => {
    const hidden = await draftCourse(instructor, { enrolment: 'by_enrolment' });
    const withScope = await instructor.client.tokens.create.mutate({ name: 'каталог', scopes: ['catalog:read'] });
    const withoutScope = await instructor.client.tokens.create.mutate({ name: 'программа', scopes: ['program:read'] });
    expect((await api().agent(withScope.secret).client.courses.catalog.query()).items.map((c) => c.id)).toContain(hidden.id);
    expect((await api().agent(withoutScope.secret).client.courses.catalog.query()).items.map((c) => c.id)).not.toContain(hidden.id);
    expect((await api().client.courses.catalog.query()).items.map((c) => c.id)).not.toContain(hidden.id);
  });

  it('refuses a save naming a stale revision with a CONFLICT at revision, keeping the newer outline', async () => {
    const course = await draftCourse(instructor);
    const newer = articleOutline(freshId('newer'), 2);
    await instructor.client.courses.saveDraft.mutate({ courseId: course.id, revision: course.revision, outline: newer });
    const stale = await otherInstructor.agent.call('courses.saveDraft', 'mutation', { courseId: course.id, revision: course.revision, outline: articleOutline(freshId('older')) });
    expect(stale.status).toBe(404); // not theirs: unseen
    const conflict = await instructor.call('courses.saveDraft', 'mutation', { courseId: course.id, revision: course.revision, outline: articleOutline(freshId('older')) });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.data).toMatchObject({ code: 'CONFLICT', issues: [{ path: ['revision'], code: 'stale_revision' }] });
    const { draft } = await instructor.client.courses.draft.query({ courseId: course.id });
    expect(draft.revision).toBe(course.revision + 1);
    expect(draft.outline.modules.map((m) => m.id)).toEqual(newer.modules.map((m) => m.id));
  });

  it('keeps a published version immutable: saving after publishing edits a new draft, and versions lists both', async () => {
    const key = freshId('immutable');
    const course = await publishedCourse(instructor, {}, articleOutline(key));
    const { draft } = await instructor.client.courses.draft.query({ courseId: course.id });
    expect(draft).toMatchObject({ number: 2, status: 'draft' });
    const changed = articleOutline(key, 3);
    await instructor.client.courses.saveDraft.mutate({ courseId: course.id, revision: draft.revision, outline: changed });

    const published = await api().client.courses.get.query({ slug: course.slug });
    expect(published.version.number).toBe(1);
    expect(published.version.outline.modules).toHaveLength(1);
    const versions = await instructor.client.courses.versions.query({ courseId: course.id });
    expect(versions.map((v) => [v.number, v.status, v.modulesCount, v.itemsCount, v.learners])).toEqual([
      [2, 'draft', 3, 4, 0],
      [1, 'published', 1, 2, 0],
    ]);

    expect(await instructor.client.courses.publish.mutate({ courseId: course.id })).toEqual({ version: 2 });
    expect((await api().client.courses.get.query({ slug: course.slug })).version.number).toBe(2);
    // The older published version stays readable for learners still on it; a draft number is not found.
    expect((await api().client.courses.get.query({ slug: course.slug, version: 1 })).version.outline.modules).toHaveLength(1);
    await instructor.client.courses.draft.query({ courseId: course.id });
    const draftRead = await api().rawQuery('courses.get', { slug: course.slug, version: 3 });
    expect(draftRead.status).toBe(404);
    expect(draftRead.body.error.data.issues[0].path).toEqual(['version']);
  });

  it('refuses to publish an outline without items, naming courseId', async () => {
    const created = await instructor.client.courses.create.mutate({ slug: freshId('empty'), title: { ru: 'Пустой' }, topic: 'tourism' });
    await instructor.client.courses.draft.query({ courseId: created.id });
    const refused = await instructor.call('courses.publish', 'mutation', { courseId: created.id });
    expect(refused.status).toBe(409);
    expect(refused.body.error.data.issues[0]).toMatchObject({ path: ['courseId'], code: 'empty_outline' });
  });

  it('refuses an item id that belongs to another course, naming the item, and saves nothing', async () => {
    const key = freshId('owned');
    await draftCourse(instructor, {}, articleOutline(key));
    const thief = await draftCourse(otherInstructor.agent);
    const outline = articleOutline(freshId('thief'));
    outline.modules[0]!.items.push(article(`${key}-m1-article`, 'Украденная'));
    const refused = await otherInstructor.agent.call('courses.saveDraft', 'mutation', { courseId: thief.id, revision: thief.revision, outline });
    expect(refused.status).toBe(409);
    expect(refused.body.error.data.issues).toEqual([
      expect.objectContaining({ path: ['outline', 'modules', '0', 'items', '2', 'id'], code: 'item_of_another_course' }),
    ]);
    expect((await otherInstructor.agent.client.courses.draft.query({ courseId: thief.id })).draft.revision).toBe(thief.revision);
  });

  it('takes a file item\'s name, type and size from its upload whatever was sent, and refuses an unknown upload or a PDF as a video', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    const response = await instructor.fetch(`${instructor.baseUrl}/api/uploads?name=${encodeURIComponent('Памятка.pdf')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: pdf,
    });
    const uploaded = (await response.json()) as { id: string };
    expect(response.status).toBe(200);
    const key = freshId('files');
    const course = await draftCourse(instructor, {}, articleOutline(key));
    const withItems = (items: unknown[]) => {
      const outline = articleOutline(key) as { modules: Array<{ items: unknown[] }> };
      outline.modules[0]!.items.push(...items);
      return outline;
    };
    const file = { id: `${key}-file`, kind: 'file', title: { ru: 'Памятка' }, uploadId: uploaded.id, fileName: 'virus.exe', mediaType: 'application/x-msdownload', size: 1 };
    const saved = await instructor.client.courses.saveDraft.mutate({ courseId: course.id, revision: course.revision, outline: withItems([file]) as never });
    const stored = (await instructor.client.courses.draft.query({ courseId: course.id })).draft.outline.modules[0]!.items.find((i) => i.id === file.id);
    expect(stored).toMatchObject({ fileName: 'Памятка.pdf', mediaType: 'application/pdf', size: pdf.length });

    const refused = await instructor.call('courses.saveDraft', 'mutation', {
      courseId: course.id,
      revision: saved.revision,
      outline: withItems([
        { ...file, uploadId: 'f'.repeat(32) },
        { id: `${key}-video`, kind: 'video', title: { ru: 'Видео' }, source: { kind: 'upload', uploadId: uploaded.id }, durationSeconds: null },
      ]),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.data.issues).toEqual([
      expect.objectContaining({ path: ['outline', 'modules', '0', 'items', '2', 'uploadId'], code: 'unknown_upload' }),
      expect.objectContaining({ path: ['outline', 'modules', '0', 'items', '3', 'source', 'uploadId'], code: 'not_a_video' }),
    ]);
    expect((await instructor.client.courses.draft.query({ courseId: course.id })).draft.revision).toBe(saved.revision);
  });

  it('accepts a class item only at a course class of the current edition, and links that session to the course once published', async () => {
    const key = freshId('classes');
    const wrong = articleOutline(key);
    wrong.modules[0]!.items.push(classItem(`${key}-plenary`, 'plenary'), classItem(`${key}-ghost`, 'no-such-session'));
    const course = await draftCourse(instructor);
    const refused = await instructor.call('courses.saveDraft', 'mutation', { courseId: course.id, revision: course.revision, outline: wrong });
    expect(refused.status).toBe(400);
    expect(refused.body.error.data.issues.map((i: { path: string[]; code: string }) => [i.path.join('.'), i.code])).toEqual([
      ['outline.modules.0.items.2.sessionId', 'not_a_course_class'],
      ['outline.modules.0.items.3.sessionId', 'not_a_course_class'],
    ]);

    const right = articleOutline(key);
    right.modules[0]!.items.push(classItem(`${key}-class`, 'd2-class-4'));
    await instructor.client.courses.saveDraft.mutate({ courseId: course.id, revision: course.revision, outline: right });
    // A class only in a draft links nothing yet.
    expect((await api().client.program.sessions.get.query({ id: 'd2-class-4' })).courseId).toBeNull();
    await instructor.client.courses.publish.mutate({ courseId: course.id });
    expect((await api().client.program.sessions.get.query({ id: 'd2-class-4' })).courseId).toBe(course.id);
    const view = await api().client.courses.get.query({ slug: course.slug });
    expect(view.course.classesCount).toBe(1);
    expect(view.classSessions).toEqual([
      expect.objectContaining({ sessionId: 'd2-class-4', roomName: expect.any(String), startsAt: expect.any(String), status: 'scheduled' }),
    ]);
  });

  it('publishes exactly one version when one draft is published many times at once', async () => {
    const course = await draftCourse(instructor);
    const outcomes = await race(instructor, 'courses.publish', 'mutation', { courseId: course.id }, 8);
    const winner = expectOneWinner(outcomes, { code: 'CONFLICT', path: ['courseId'], issueCode: 'no_draft' });
    expect(winner.body.result.data).toEqual({ version: 1 });
    const versions = await instructor.client.courses.versions.query({ courseId: course.id });
    expect(versions.map((v) => [v.number, v.status])).toEqual([[1, 'published']]);
  });

  it('makes one draft when it is opened many times at once, and lets one of many saves of a revision win', async () => {
    const created = await instructor.client.courses.create.mutate({ slug: freshId('racing'), title: { ru: 'Гонка черновиков' }, topic: 'tourism' });
    const opened = await race(instructor, 'courses.draft', 'query', { courseId: created.id }, 8);
    expect(opened.map((o) => [o.status, o.body.result?.data.draft.number])).toEqual(Array.from({ length: 8 }, () => [200, 1]));
    const saves = await race(instructor, 'courses.saveDraft', 'mutation', (i) => ({ courseId: created.id, revision: 0, outline: articleOutline(freshId(`save${i}`)) }), 8);
    expectOneWinner(saves, { code: 'CONFLICT', path: ['revision'], issueCode: 'stale_revision' });
    expect((await instructor.client.courses.versions.query({ courseId: created.id })).map((v) => [v.number, v.revision])).toEqual([[1, 1]]);
  });

  it('gives a new item id to only one of two courses saving it at once', async () => {
    const first = await draftCourse(instructor);
    const second = await draftCourse(instructor);
    const { modules } = articleOutline(freshId('shared'));
    const shared = { modules: [{ ...modules[0]!, items: modules[0]!.items.slice(0, 1) }] };
    const outcomes = await race(instructor, 'courses.saveDraft', 'mutation', (i) => ({ courseId: [first, second][i]!.id, revision: [first, second][i]!.revision, outline: shared }), 2);
    expectOneWinner(outcomes, { code: 'CONFLICT', path: ['outline', 'modules', '0', 'items', '0', 'id'], issueCode: 'item_of_another_course' });
  });

  it('archives a course: every version archived, gone from the public catalog, readable by its instructors, and no longer editable', async () => {
    const course = await publishedCourse(instructor);
    await instructor.client.courses.draft.query({ courseId: course.id });
    expect(await instructor.client.courses.archive.mutate({ courseId: course.id })).toEqual({ archived: true });

    expect((await api().client.courses.catalog.query()).items.map((c) => c.id)).not.toContain(course.id);
    expect((await api().rawQuery('courses.get', { slug: course.slug })).status).toBe(404);
    const own = await instructor.client.courses.get.query({ slug: course.slug });
    expect(own).toMatchObject({ course: { archived: true }, version: { number: 1, status: 'archived' } });
    const versions = await instructor.client.courses.versions.query({ courseId: course.id });
    expect(versions.map((v) => v.status)).toEqual(['archived', 'archived']);
    const refused = await instructor.call('courses.saveDraft', 'mutation', { courseId: course.id, revision: 1, outline: articleOutline(freshId('late')) });
    expect(refused.status).toBe(409);
    expect(refused.body.error.data.issues[0]).toMatchObject({ path: ['courseId'], code: 'archived' });
  });
});
