import {
  type Course,
  type CourseSummary,
  CourseEnrolmentSchema,
  type CourseTopic,
  CourseTopicSchema,
  type CourseUpdateInput,
  issue,
  type Locale,
  LocaleSchema,
  normalizeSearchText,
  OutlineSchema,
  type PermissionActor,
  type TaughtCourse,
} from '@gorod/domain';
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../create-db.js';
import type { Database } from '../database.js';
import { parseJsonColumn } from '../json-column.js';
import { fromLocalizedOrNull, toLocalized, toLocalizedOrNull } from '../program/json.js';
import { conflictOnUniqueViolation } from '../unique-violation.js';
import type { CoursesTable } from './tables.js';

type CourseRow = Selectable<CoursesTable>;

const courseColumns = [
  'courses.id',
  'courses.slug',
  'courses.title',
  'courses.description',
  'courses.topic',
  'courses.languages',
  'courses.enrolment',
  'courses.owner_id',
  'courses.published_version',
  'courses.created_at',
  'courses.archived_at',
] as const;

const LanguagesSchema = z.array(LocaleSchema);

function toCourse(row: CourseRow, instructorIds: string[]): Course {
  return {
    id: row.id,
    slug: row.slug,
    title: toLocalized(row.title),
    description: toLocalizedOrNull(row.description),
    topic: CourseTopicSchema.parse(row.topic),
    languages: parseJsonColumn(LanguagesSchema, row.languages),
    enrolment: CourseEnrolmentSchema.parse(row.enrolment),
    ownerId: row.owner_id,
    instructorIds,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
    publishedVersion: row.published_version === null ? null : Number(row.published_version),
  };
}

/**
 * The visibility rule of courses in SQL, shared by every list of them (the domain's `canSeeCourse`):
 * everyone sees an open, published, unarchived course; its owner and co-instructors, organizers, and
 * anyone enrolled in it (active or withdrawn) see it always.
 */
export const coursesVisibleTo = (actor: PermissionActor) => (eb: ExpressionBuilder<Database, 'courses'>) => {
  const inCatalog = eb.and([eb('courses.enrolment', '=', 'open'), eb('courses.published_version', 'is not', null), eb('courses.archived_at', 'is', null)]);
  if (actor.kind === 'anonymous') return inCatalog;
  if (actor.roles.includes('organizer')) return eb.lit(true);
  return eb.or([
    inCatalog,
    eb('courses.owner_id', '=', actor.userId),
    eb.exists(
      eb
        .selectFrom('course_instructors')
        .select('course_instructors.user_id')
        .whereRef('course_instructors.course_id', '=', 'courses.id')
        .where('course_instructors.user_id', '=', actor.userId),
    ),
    eb.exists(
      eb.selectFrom('enrollments').select('enrollments.id').whereRef('enrollments.course_id', '=', 'courses.id').where('enrollments.user_id', '=', actor.userId),
    ),
  ]);
};

/** Co-instructors of each course, in one statement. The owner is `courses.owner_id`, never a row here. */
async function coInstructorsOf(db: Db, courseIds: readonly string[]): Promise<Map<string, string[]>> {
  const byCourse = new Map<string, string[]>();
  if (courseIds.length === 0) return byCourse;
  const rows = await db
    .selectFrom('course_instructors')
    .select(['course_id', 'user_id'])
    .where('course_id', 'in', courseIds)
    .orderBy('user_id')
    .execute();
  for (const row of rows) byCourse.set(row.course_id, [...(byCourse.get(row.course_id) ?? []), row.user_id]);
  return byCourse;
}

async function findCourseWhere(db: Db, column: 'courses.id' | 'courses.slug', value: string): Promise<Course | undefined> {
  const row = await db.selectFrom('courses').select(courseColumns).where(column, '=', value).executeTakeFirst();
  if (!row) return undefined;
  return toCourse(row, (await coInstructorsOf(db, [row.id])).get(row.id) ?? []);
}

export function findCourse(db: Db, id: string): Promise<Course | undefined> {
  return findCourseWhere(db, 'courses.id', id);
}

export function findCourseBySlug(db: Db, slug: string): Promise<Course | undefined> {
  return findCourseWhere(db, 'courses.slug', slug);
}

/** Whether `userId` is enrolled in the course (active or withdrawn: a withdrawn learner keeps their history). */
export async function isEnrolledIn(db: Db, courseId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('enrollments').select('id').where('course_id', '=', courseId).where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

export type NewCourse = Pick<Course, 'id' | 'slug' | 'title' | 'description' | 'topic' | 'languages' | 'enrolment' | 'ownerId' | 'createdAt'>;

/** Adds a course (no version yet: the first `draft` makes one). A taken slug is a CONFLICT naming `slug`. */
export async function insertCourse(db: Db, course: NewCourse): Promise<void> {
  await conflictOnUniqueViolation(
    () =>
      db
        .insertInto('courses')
        .values({
          id: course.id,
          slug: course.slug,
          title: JSON.stringify(course.title),
          description: fromLocalizedOrNull(course.description),
          topic: course.topic,
          languages: JSON.stringify(course.languages),
          enrolment: course.enrolment,
          owner_id: course.ownerId,
          published_version: null,
          created_at: course.createdAt,
          archived_at: null,
        })
        .execute(),
    'Another course has this address',
    issue(['slug'], 'slug_taken', 'Another course has this address'),
  );
}

/** Changes a course's card; absent fields stay. */
export async function updateCourseCard(db: Db, input: CourseUpdateInput): Promise<void> {
  const changes = {
    ...(input.title && { title: JSON.stringify(input.title) }),
    ...(input.description !== undefined && { description: fromLocalizedOrNull(input.description) }),
    ...(input.topic && { topic: input.topic }),
    ...(input.languages && { languages: JSON.stringify(input.languages) }),
    ...(input.enrolment && { enrolment: input.enrolment }),
  };
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('courses').set(changes).where('id', '=', input.courseId).execute();
}

/** Replaces the co-instructors (the owner is never one of the rows). Run it in a transaction. */
export async function setCoInstructors(db: Db, courseId: string, userIds: readonly string[]): Promise<void> {
  await db.deleteFrom('course_instructors').where('course_id', '=', courseId).execute();
  if (userIds.length > 0) await db.insertInto('course_instructors').values(userIds.map((user_id) => ({ course_id: courseId, user_id }))).execute();
}

/** Of `userIds`, those who may teach a course: active people holding the instructor or organizer role. */
export async function teachingCapable(db: Db, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .distinct()
    .where('users.id', 'in', userIds)
    .where('users.deactivated_at', 'is', null)
    .where('user_roles.role', 'in', ['instructor', 'organizer'])
    .execute();
  return new Set(rows.map((row) => row.id));
}

// ——— Summaries: a list of courses with their instructors' names and their published outline's counts, in
// three statements whatever the number of courses.

type SummaryRow = CourseRow & { published_outline: string | null };

function summaryQuery(db: Db) {
  return db
    .selectFrom('courses')
    .leftJoin('course_versions as published', (join) =>
      join.onRef('published.course_id', '=', 'courses.id').onRef('published.number', '=', 'courses.published_version'),
    )
    .select([...courseColumns, 'published.outline as published_outline']);
}

/** Owner first, then co-instructors by name: one statement joining the people for every course. */
async function instructorNamesOf(db: Db, courseIds: readonly string[]): Promise<Map<string, Array<{ id: string; name: string }>>> {
  const byCourse = new Map<string, Array<{ id: string; name: string }>>();
  if (courseIds.length === 0) return byCourse;
  const rows = await db
    .selectFrom('courses')
    .innerJoin('users', 'users.id', 'courses.owner_id')
    .select(['courses.id as course_id', 'users.id as user_id', 'users.name as name', sql<number>`0`.as('rank')])
    .where('courses.id', 'in', courseIds)
    .unionAll((eb) =>
      eb
        .selectFrom('course_instructors')
        .innerJoin('users', 'users.id', 'course_instructors.user_id')
        .select(['course_instructors.course_id as course_id', 'users.id as user_id', 'users.name as name', sql<number>`1`.as('rank')])
        .where('course_instructors.course_id', 'in', courseIds),
    )
    .orderBy('course_id')
    .orderBy('rank')
    .orderBy('name')
    .execute();
  for (const row of rows) byCourse.set(row.course_id, [...(byCourse.get(row.course_id) ?? []), { id: row.user_id, name: row.name }]);
  return byCourse;
}

function outlineCounts(outlineJson: string | null): Pick<CourseSummary, 'modulesCount' | 'itemsCount' | 'classesCount'> {
  if (outlineJson === null) return { modulesCount: 0, itemsCount: 0, classesCount: 0 };
  const outline = parseJsonColumn(OutlineSchema, outlineJson);
  const items = outline.modules.flatMap((module) => module.items);
  return { modulesCount: outline.modules.length, itemsCount: items.length, classesCount: items.filter((item) => 'sessionId' in item).length };
}

async function toSummaries(db: Db, rows: readonly SummaryRow[]): Promise<Array<{ summary: CourseSummary; course: Course }>> {
  const ids = rows.map((row) => row.id);
  const [names, coInstructors] = await Promise.all([instructorNamesOf(db, ids), coInstructorsOf(db, ids)]);
  return rows.map((row) => {
    const course = toCourse(row, coInstructors.get(row.id) ?? []);
    const summary: CourseSummary = {
      id: course.id,
      slug: course.slug,
      title: course.title,
      description: course.description,
      topic: course.topic,
      languages: course.languages,
      enrolment: course.enrolment,
      instructors: names.get(row.id) ?? [],
      publishedVersion: course.publishedVersion,
      ...outlineCounts(row.published_outline),
      archived: course.archivedAt !== null,
    };
    return { summary, course };
  });
}

/** One course's summary (for `courses.get`), or undefined. */
export async function courseSummary(db: Db, courseId: string): Promise<CourseSummary | undefined> {
  const row = await summaryQuery(db).where('courses.id', '=', courseId).executeTakeFirst();
  return row ? (await toSummaries(db, [row]))[0]?.summary : undefined;
}

export interface CatalogFilters {
  topic?: CourseTopic | undefined;
  language?: Locale | undefined;
  search?: string | undefined;
}

/**
 * Whether a course's title matches a catalog search in any of its languages, folded like the
 * directory's search (case, ё), so «ИСКУССТВЕННЫЙ» finds «Искусственный интеллект».
 */
export function matchesCatalogSearch(title: CourseSummary['title'], search: string | undefined): boolean {
  const query = normalizeSearchText(search ?? '');
  if (!query) return true;
  return [title.ru, title.en ?? '', title.zh ?? ''].some((candidate) => normalizeSearchText(candidate).includes(query));
}

/**
 * The catalog as `actor` sees it: open, published, unarchived courses for everyone, plus those the
 * actor may see by `canSeeCourse` (taught, organized, enrolled), filtered by topic, language and a
 * title search. Topic and visibility are filtered in SQL; the language list and the folded title
 * search in memory, as the program's search does (a catalog of a forum's courses is small).
 */
export async function listCatalog(db: Db, actor: PermissionActor, filters: CatalogFilters): Promise<CourseSummary[]> {
  let query = summaryQuery(db).where(coursesVisibleTo(actor));
  if (filters.topic) query = query.where('courses.topic', '=', filters.topic);
  const rows = await query.orderBy('courses.created_at', 'desc').orderBy('courses.id').execute();
  const matching = rows.filter((row) => {
    const languages = parseJsonColumn(LanguagesSchema, row.languages);
    return (!filters.language || languages.includes(filters.language)) && matchesCatalogSearch(toLocalized(row.title), filters.search);
  });
  return (await toSummaries(db, matching)).map(({ summary }) => summary);
}

/**
 * The courses `userId` teaches (owns or co-teaches), newest first, with their open draft and active
 * learners: five statements whatever their number (learners counted by GROUP BY).
 */
export async function listTaughtCourses(db: Db, userId: string): Promise<TaughtCourse[]> {
  const rows = await summaryQuery(db)
    .where((eb) =>
      eb.or([
        eb('courses.owner_id', '=', userId),
        eb.exists(
          eb
            .selectFrom('course_instructors')
            .select('course_instructors.user_id')
            .whereRef('course_instructors.course_id', '=', 'courses.id')
            .where('course_instructors.user_id', '=', userId),
        ),
      ]),
    )
    .orderBy('courses.created_at', 'desc')
    .orderBy('courses.id')
    .execute();
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [summaries, drafts, learners] = await Promise.all([
    toSummaries(db, rows),
    db.selectFrom('course_versions').select(['course_id', 'number', 'revision']).where('course_id', 'in', ids).where('status', '=', 'draft').execute(),
    db
      .selectFrom('enrollments')
      .select(['course_id', (eb) => eb.fn.countAll().as('learners')])
      .where('course_id', 'in', ids)
      .where('status', '=', 'active')
      .groupBy('course_id')
      .execute(),
  ]);
  const draftOf = new Map(drafts.map((d) => [d.course_id, { number: Number(d.number), revision: Number(d.revision) }]));
  const learnersOf = new Map(learners.map((l) => [l.course_id, Number(l.learners)]));
  return summaries.map(({ summary, course }) => ({
    ...summary,
    ownerId: course.ownerId,
    draft: draftOf.get(course.id) ?? null,
    learners: learnersOf.get(course.id) ?? 0,
  }));
}

/** Summaries of the named courses (for `enrollments.mine`), keyed by id, in three statements whatever their number. */
export async function courseSummaries(db: Db, courseIds: readonly string[]): Promise<Map<string, CourseSummary>> {
  if (courseIds.length === 0) return new Map();
  const rows = await summaryQuery(db).where('courses.id', 'in', [...courseIds]).execute();
  return new Map((await toSummaries(db, rows)).map(({ summary }) => [summary.id, summary]));
}
