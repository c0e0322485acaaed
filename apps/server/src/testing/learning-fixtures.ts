/**
 * Courses for the enrolment and progress tests, written straight through the course repositories
 * (draft, save, publish: stored as the editor stores them) for any owner, without an instructor's
 * browser. Item ids are unique per course (`p`). `course-fixtures.ts` makes courses through the API.
 */
import { type Db, findDraft, getOrCreateDraft, insertCourse, publishDraft, saveDraftOutline } from '@gorod/db';
import { type CourseEnrolment, type OutlineInput, OutlineSchema } from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';

let made = 0;

/**
 * An outline of four modules: m1 (always: an article, a video and a class at `sessionId`), m2 (after
 * m1), m3 (after the class), m4 (from 2030). Ids are `${p}-a1`, `${p}-v1`, `${p}-c1`, `${p}-m1`…
 */
export function fourModules(p: string, sessionId = 'd1-class-1'): OutlineInput {
  return {
    modules: [
      {
        id: `${p}-m1`,
        title: { ru: 'Введение' },
        items: [
          { id: `${p}-a1`, kind: 'article', title: { ru: 'Статья' }, body: { ru: 'Текст' } },
          { id: `${p}-v1`, kind: 'video', title: { ru: 'Видео' }, source: { kind: 'link', url: 'https://example.org/v.mp4' } },
          { id: `${p}-c1`, kind: 'class', title: { ru: 'Занятие' }, sessionId },
        ],
      },
      { id: `${p}-m2`, title: { ru: 'После введения' }, unlock: { kind: 'after_module', moduleId: `${p}-m1` }, items: [{ id: `${p}-a2`, kind: 'article', title: { ru: 'Вторая' }, body: { ru: 'Текст' } }] },
      { id: `${p}-m3`, title: { ru: 'После занятия' }, unlock: { kind: 'after_class', itemId: `${p}-c1` }, items: [{ id: `${p}-a3`, kind: 'article', title: { ru: 'Третья' }, body: { ru: 'Текст' } }] },
      { id: `${p}-m4`, title: { ru: 'Позже' }, unlock: { kind: 'from_date', at: '2030-01-01T00:00:00Z' }, items: [{ id: `${p}-a4`, kind: 'article', title: { ru: 'Четвёртая' }, body: { ru: 'Текст' } }] },
    ],
  };
}

/** Saves `outline` into the course's draft and publishes it: the new version's number. */
export async function publishVersion(db: Db, courseId: string, outline: OutlineInput): Promise<number> {
  const now = new Date().toISOString();
  const parsed = OutlineSchema.parse(outline);
  const draft = (await findDraft(db, courseId)) ?? (await getOrCreateDraft(db, courseId, now));
  await saveDraftOutline(db, courseId, draft.revision, parsed, now);
  return publishDraft(db, courseId, now);
}

/** A new course owned by `ownerId`, published with `outline` (four modules by default): its id and item prefix. */
export async function publishedCourse(
  db: Db,
  ownerId: string,
  options: { enrolment?: CourseEnrolment; outline?: (p: string) => OutlineInput; publish?: boolean } = {},
): Promise<{ courseId: string; p: string }> {
  made += 1;
  const p = `t${made}-${uuidv7().slice(-8)}`;
  const courseId = `course-${p}`;
  await insertCourse(db, {
    id: courseId,
    slug: `course-${p}`,
    title: { ru: `Курс ${made}` },
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

/** A fresh UUIDv7 event id. */
export const eventId = (): string => uuidv7();
