/**
 * Courses for tests, made through the API as an instructor would make them: a card, a saved draft and,
 * for `publishedCourse`, its publication. Ids and slugs are fresh on every call, so tests sharing one
 * server never collide.
 */
import type { CourseCreateInput, OutlineInput } from '@gorod/domain';
import type { Agent } from './agent.js';

let made = 0;
/** A fresh, valid course id or slug fragment: `<prefix>-<n>-<random>`. */
export function freshId(prefix: string): string {
  made += 1;
  return `${prefix}-${made}-${Math.random().toString(36).slice(2, 8)}`;
}

/** An outline of `modules` modules, each with one article (and the first also a video link), ids made from `key`. */
export function articleOutline(key: string, modules = 1): OutlineInput {
  return {
    modules: Array.from({ length: modules }, (_, m) => ({
      id: `${key}-m${m + 1}`,
      title: { ru: `Модуль ${m + 1}`, en: `Module ${m + 1}` },
      items: [
        { id: `${key}-m${m + 1}-article`, kind: 'article' as const, title: { ru: `Статья ${m + 1}` }, body: { ru: `# Тема ${m + 1}\n\nТекст урока.` } },
        ...(m === 0
          ? [{ id: `${key}-m1-video`, kind: 'video' as const, title: { ru: 'Видео' }, source: { kind: 'link' as const, url: 'https://video.example.org/lesson.mp4' } }]
          : []),
      ],
    })),
  };
}

/** A class item at the program session `sessionId` (a `course_class` of the current edition, e.g. `d1-class-1`). */
export const classItem = (id: string, sessionId: string) => ({ id, kind: 'class' as const, title: { ru: 'Очное занятие' }, sessionId });

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
