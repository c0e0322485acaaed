import {
  archiveCourse,
  classSessionInfo,
  courseClassSessionIds,
  courseSummary,
  findCourseBySlug,
  findCourseVersion,
  getOrCreateDraft,
  insertCourse,
  listCatalog,
  listCourseVersions,
  listTaughtCourses,
  placedItems,
  publishDraft,
  saveDraftOutline,
  sessionOfItem,
  setCoInstructors,
  teachingCapable,
  updateCourseCard,
} from '@gorod/db';
import {
  CatalogInputSchema,
  type CourseDraft,
  CourseCreateInputSchema,
  CourseGetInputSchema,
  CourseIdInputSchema,
  CourseSetInstructorsInputSchema,
  type CourseSummary,
  CourseUpdateInputSchema,
  type CourseVersionSummary,
  type CourseView,
  DraftSaveInputSchema,
  GorodError,
  issue,
  notFound,
  type Outline,
  type TaughtCourse,
} from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '@gorod/db';
import { assertNotArchived, catalogViewer, courseProcedure, seesCourse } from '../procedures/courses.js';
import { currentEdition } from '../procedures/program.js';
import { publicProcedure, roleProcedure, router } from '../trpc.js';

/**
 * A class item must take place at an in-person class (`course_class`) of the current edition: any other
 * session is INVALID_INPUT naming the item's `sessionId`. Uploads (file items, uploaded videos) are not
 * checked here.
 */
async function assertClassSessions(db: Db, now: Date, outline: Outline): Promise<void> {
  const classes = placedItems(outline).flatMap(({ item, path }) => {
    const sessionId = sessionOfItem(item);
    return sessionId === null ? [] : [{ sessionId, path }];
  });
  if (classes.length === 0) return;
  const edition = await currentEdition(db, now);
  const known = await courseClassSessionIds(
    db,
    edition.id,
    classes.map((c) => c.sessionId),
  );
  const wrong = classes.filter((c) => !known.has(c.sessionId));
  if (wrong.length === 0) return;
  const message = 'Choose an in-person class of the current forum';
  throw new GorodError(
    'INVALID_INPUT',
    message,
    wrong.map((c) => issue([...c.path, 'sessionId'], 'not_a_course_class', message)),
  );
}

/** Courses: the public catalog and course pages, and their instructors' authoring (cards, drafts, versions). */
export const coursesRouter = router({
  /** The catalog: public courses, plus those the caller may see (signed in, or by a token with `catalog:read`). */
  catalog: publicProcedure.input(CatalogInputSchema).query(async ({ ctx, input }): Promise<{ items: CourseSummary[] }> => {
    const viewer = await catalogViewer(ctx);
    return { items: await listCatalog(ctx.db, viewer, input) };
  }),

  /**
   * A course by slug with the outline of its newest published version, or of the published (or archived)
   * `version` asked for; a course the caller may not see, or a version that is missing or a draft, is NOT_FOUND.
   */
  get: publicProcedure.input(CourseGetInputSchema).query(async ({ ctx, input }): Promise<CourseView> => {
    const viewer = await catalogViewer(ctx);
    const course = await findCourseBySlug(ctx.db, input.slug);
    if (!course || !(await seesCourse(ctx, viewer, course))) throw notFound('course', ['slug']);
    const number = input.version ?? course.publishedVersion;
    const path = input.version === undefined ? 'slug' : 'version';
    const version = number === null ? undefined : await findCourseVersion(ctx.db, course.id, number);
    if (!version || version.status === 'draft') throw notFound('published version', [path]);
    const [summary, classSessions] = await Promise.all([courseSummary(ctx.db, course.id), classSessionInfo(ctx.db, version.outline)]);
    if (!summary) throw notFound('course', ['slug']);
    return {
      course: summary,
      version: { number: version.number, status: version.status, publishedAt: version.publishedAt, outline: version.outline },
      classSessions,
    };
  }),

  /** The courses the caller teaches (owns or co-teaches), with their drafts and active learners. */
  mine: roleProcedure(['instructor']).query(async ({ ctx }): Promise<TaughtCourse[]> => listTaughtCourses(ctx.db, ctx.actor.userId)),

  /** A new course owned by the caller; its first draft is made when it is first opened. */
  create: roleProcedure(['instructor'])
    .input(CourseCreateInputSchema)
    .mutation(async ({ ctx, input }): Promise<{ id: string; slug: string }> => {
      const id = uuidv7();
      await insertCourse(ctx.db, { id, ...input, ownerId: ctx.actor.userId, createdAt: ctx.now().toISOString() });
      return { id, slug: input.slug };
    }),

  update: courseProcedure(CourseUpdateInputSchema).mutation(async ({ ctx, input }): Promise<{ saved: true }> => {
    assertNotArchived(ctx.course);
    await updateCourseCard(ctx.db, input);
    return { saved: true };
  }),

  /**
   * Names the co-instructors, replacing the list. Only active instructors and organizers may teach: anyone
   * else is INVALID_INPUT at their place in `instructorIds`. The owner, who teaches it anyway, may be listed.
   */
  setInstructors: courseProcedure(CourseSetInstructorsInputSchema).mutation(async ({ ctx, input }): Promise<{ saved: true }> => {
    assertNotArchived(ctx.course);
    const others = input.instructorIds.filter((id) => id !== ctx.course.ownerId);
    const capable = await teachingCapable(ctx.db, others);
    const refused = input.instructorIds.flatMap((id, index) => (id === ctx.course.ownerId || capable.has(id) ? [] : [index]));
    if (refused.length > 0) {
      const message = 'Only instructors and organizers may teach a course';
      throw new GorodError(
        'INVALID_INPUT',
        message,
        refused.map((index) => issue(['instructorIds', index], 'not_an_instructor', message)),
      );
    }
    await setCoInstructors(ctx.db, ctx.course.id, others);
    return { saved: true };
  }),

  /** The course and its draft, made from the newest version when there is none. */
  draft: courseProcedure(CourseIdInputSchema).query(async ({ ctx }): Promise<CourseDraft> => {
    assertNotArchived(ctx.course);
    return { course: ctx.course, draft: await getOrCreateDraft(ctx.db, ctx.course.id, ctx.now().toISOString()) };
  }),

  /** Saves the whole outline into the draft if `revision` is still its revision (else CONFLICT at `revision`). */
  saveDraft: courseProcedure(DraftSaveInputSchema).mutation(async ({ ctx, input }): Promise<{ revision: number }> => {
    assertNotArchived(ctx.course);
    await assertClassSessions(ctx.db, ctx.now(), input.outline);
    return { revision: await saveDraftOutline(ctx.db, ctx.course.id, input.revision, input.outline, ctx.now().toISOString()) };
  }),

  /** Publishes the draft: it becomes immutable and the course's published version. */
  publish: courseProcedure(CourseIdInputSchema).mutation(async ({ ctx }): Promise<{ version: number }> => {
    assertNotArchived(ctx.course);
    return { version: await publishDraft(ctx.db, ctx.course.id, ctx.now().toISOString()) };
  }),

  /** Archives the course: every version archived, gone from the public catalog; enrolled learners keep reading it. */
  archive: courseProcedure(CourseIdInputSchema).mutation(async ({ ctx }): Promise<{ archived: true }> => {
    await archiveCourse(ctx.db, ctx.course.id, ctx.now().toISOString());
    return { archived: true };
  }),

  versions: courseProcedure(CourseIdInputSchema).query(async ({ ctx }): Promise<CourseVersionSummary[]> => listCourseVersions(ctx.db, ctx.course.id)),
});
