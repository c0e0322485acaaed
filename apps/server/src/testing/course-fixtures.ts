/**
 * Courses for tests, in one vocabulary. Outlines are written with `outlineModule`, `article`, `videoLink` and
 * `classItem` (`articleOutline` and `fourModules` are the two every test starts from). A course is made
 * either through the API as an instructor makes it (`draftCourse`, `publishedCourse`: a card, a saved draft,
 * its publication), or straight through the course repositories for any owner, stored as the editor stores
 * it (`storedCourse`, `publishVersion`). Ids and slugs are fresh on every call (`freshId`), so tests sharing
 * one server never collide.
 */
import { type Db, findDraft, getOrCreateDraft, insertCourse, publishDraft, saveDraftOutline } from '@gorod/db';
import { type CourseCreateInput, type CourseEnrolment, type LocalizedText, type OutlineInput, OutlineSchema, type UnlockRule } from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';
import type { Agent } from './agent.js';

let made = 0;
/** A fresh, valid course id or slug fragment: `<prefix>-<n>-<random>`. */
export function freshId(prefix: string): string {
  made += 1;
  return `${prefix}-${made}-${Math.random().toString(36).slice(2, 8)}`;
}

// ——— The outline vocabulary.

type ModuleInput = OutlineInput['modules'][number];
type ItemInput = ModuleInput['items'][number];

/** A module (open from the start unless `unlock` says otherwise); a plain string title is Russian. */
export const outlineModule = (id: string, title: string | LocalizedText, items: ItemInput[], unlock?: UnlockRule): ModuleInput => ({
  id,
  title: typeof title === 'string' ? { ru: title } : title,
  ...(unlock ? { unlock } : {}),
  items,
});

/** An article item with a Russian title and body. */
export const article = (id: string, title = 'Статья', body = 'Текст'): ItemInput => ({ id, kind: 'article', title: { ru: title }, body: { ru: body } });

/** A video item that links to a file elsewhere. */
export const videoLink = (id: string, url = 'https://example.org/v.mp4'): ItemInput => ({ id, kind: 'video', title: { ru: 'Видео' }, source: { kind: 'link', url } });

/** A class item at the program session `sessionId` (a `course_class` of the current edition, e.g. `d1-class-1`). */
export const classItem = (id: string, sessionId: string, title = 'Очное занятие'): ItemInput => ({ id, kind: 'class', title: { ru: title }, sessionId });

/** An outline of `modules` modules, each with one article (and the first also a video link), ids made from `key`. */
export function articleOutline(key: string, modules = 1): OutlineInput {
  return {
    modules: Array.from({ length: modules }, (_, m) =>
      outlineModule(`${key}-m${m + 1}`, { ru: `Модуль ${m + 1}`, en: `Module ${m + 1}` }, [
        article(`${key}-m${m + 1}-article`, `Статья ${m + 1}`, `# Тема ${m + 1}\n\nТекст урока.`),
        ...(m === 0 ? [videoLink(`${key}-m1-video`, 'https://video.example.org/lesson.mp4')] : []),
      ]),
    ),
  };
}

/**
 * An outline of four modules: m1 (always: an article, a video and a class at `sessionId`), m2 (after
 * m1), m3 (after the class), m4 (from 2030). Ids are `${p}-a1`, `${p}-v1`, `${p}-c1`, `${p}-m1`…
 */
export function fourModules(p: string, sessionId = 'd1-class-1'): OutlineInput {
  return {
    modules: [
      outlineModule(`${p}-m1`, 'Введение', [article(`${p}-a1`), videoLink(`${p}-v1`), classItem(`${p}-c1`, sessionId, 'Занятие')]),
      outlineModule(`${p}-m2`, 'После введения', [article(`${p}-a2`, 'Вторая')], { kind: 'after_module', moduleId: `${p}-m1` }),
      outlineModule(`${p}-m3`, 'После занятия', [article(`${p}-a3`, 'Третья')], { kind: 'after_class', itemId: `${p}-c1` }),
      outlineModule(`${p}-m4`, 'Позже', [article(`${p}-a4`, 'Четвёртая')], { kind: 'from_date', at: '2030-01-01T00:00:00Z' }),
    ],
  };
}

// ——— Courses through the API, as an instructor makes them.

export interface MadeCourse {
  id: string;
  slug: string;
}

/** A course of `instructor`'s with a saved draft (`outline`, by default one article module), not published. */
export async function draftCourse(
  instructor: Agent,
  card: Partial<CourseCreateInput> = {},
  outline: OutlineInput = articleOutline(freshId('item')),
): Promise<MadeCourse & { revision: number }> {
  const slug = card.slug ?? freshId('course');
  const created = await instructor.client.courses.create.mutate({ title: { ru: `Курс ${slug}` }, topic: 'small_towns', ...card, slug });
  const { draft } = await instructor.client.courses.draft.query({ courseId: created.id });
  const { revision } = await instructor.client.courses.saveDraft.mutate({ courseId: created.id, revision: draft.revision, outline });
  return { ...created, revision };
}

/** A published course of `instructor`'s (open by default, so the catalog lists it): its id, slug and version. */
export async function publishedCourse(
  instructor: Agent,
  card: Partial<CourseCreateInput> = {},
  outline?: OutlineInput,
): Promise<MadeCourse & { version: number }> {
  const course = await draftCourse(instructor, card, outline);
  const { version } = await instructor.client.courses.publish.mutate({ courseId: course.id });
  return { id: course.id, slug: course.slug, version };
}

// ——— Courses through the repositories, for any owner and without an instructor's session.

/** Saves `outline` into the course's draft and publishes it: the new version's number. */
export async function publishVersion(db: Db, courseId: string, outline: OutlineInput): Promise<number> {
  const now = new Date().toISOString();
  const parsed = OutlineSchema.parse(outline);
  const draft = (await findDraft(db, courseId)) ?? (await getOrCreateDraft(db, courseId, now));
  await saveDraftOutline(db, courseId, draft.revision, parsed, now);
  return publishDraft(db, courseId, now);
}

/**
 * A new course owned by `ownerId`, published with `outline(p)` (`fourModules` by default) unless `publish`
 * is false: its id and `p`, the prefix of its module and item ids.
 */
export async function storedCourse(
  db: Db,
  ownerId: string,
  options: { enrolment?: CourseEnrolment; outline?: (p: string) => OutlineInput; publish?: boolean } = {},
): Promise<{ courseId: string; p: string }> {
  const p = freshId('t');
  const courseId = `course-${p}`;
  await insertCourse(db, {
    id: courseId,
    slug: courseId,
    title: { ru: `Курс ${p}` },
    description: null,
    topic: 'small_towns',
    languages: ['ru'],
    enrolment: options.enrolment ?? 'open',
    ownerId,
    createdAt: new Date().toISOString(),
  });
  if (options.publish !== false) await publishVersion(db, courseId, (options.outline ?? fourModules)(p));
  return { courseId, p };
}

/** A fresh UUIDv7 progress event id. */
export const eventId = (): string => uuidv7();
