import { type CourseVersion, type CourseVersionSummary, CourseVersionStatusSchema, GorodError, issue, type Outline, OutlineSchema } from '@gorod/domain';
import { type Selectable, sql } from 'kysely';
import type { Db } from '../create-db.js';
import { parseJsonColumn } from '../json-column.js';
import { recordCourseItems } from './items.js';
import type { CourseVersionsTable } from './tables.js';

type VersionRow = Selectable<CourseVersionsTable>;

const emptyOutline: Outline = { modules: [] };

const versionColumns = ['course_id', 'number', 'status', 'outline', 'revision', 'created_at', 'published_at'] as const;

function toVersion(row: VersionRow): CourseVersion {
  return {
    courseId: row.course_id,
    number: Number(row.number),
    status: CourseVersionStatusSchema.parse(row.status),
    outline: parseJsonColumn(OutlineSchema, row.outline),
    revision: Number(row.revision),
    createdAt: row.created_at,
    publishedAt: row.published_at,
  };
}

export async function findCourseVersion(db: Db, courseId: string, number: number): Promise<CourseVersion | undefined> {
  const row = await db.selectFrom('course_versions').select(versionColumns).where('course_id', '=', courseId).where('number', '=', number).executeTakeFirst();
  return row ? toVersion(row) : undefined;
}

/** The course's open draft, if it has one (there is at most one at a time). */
export async function findDraft(db: Db, courseId: string): Promise<CourseVersion | undefined> {
  const row = await db.selectFrom('course_versions').select(versionColumns).where('course_id', '=', courseId).where('status', '=', 'draft').executeTakeFirst();
  return row ? toVersion(row) : undefined;
}

/**
 * The course's draft, made when there is none as the next version: a copy of the newest version's
 * outline (empty for a new course) that inherits its revision, so a client that saved revision n of a
 * draft someone then published saves on into the new draft, while a client behind it still conflicts.
 * Whether a draft exists, the next number and the copy are decided in one statement, so callers making
 * it at once never make two: they compute the same number and the primary key keeps one.
 */
export async function getOrCreateDraft(db: Db, courseId: string, now: string): Promise<CourseVersion> {
  const existing = await findDraft(db, courseId);
  if (existing) return existing;
  const newest = (column: 'outline' | 'revision') =>
    sql`(select v.${sql.ref(column)} from course_versions v where v.course_id = ${courseId} order by v.number desc limit 1)`;
  await sql`
    insert into course_versions (course_id, number, status, outline, revision, created_at, published_at)
    select ${courseId}, coalesce(max(number), 0) + 1, 'draft', coalesce(${newest('outline')}, ${JSON.stringify(emptyOutline)}),
      coalesce(${newest('revision')}, 0), ${now}, null
    from course_versions where course_id = ${courseId}
    having coalesce(sum(case when status = 'draft' then 1 else 0 end), 0) = 0
    on conflict (course_id, number) do nothing`.execute(db);
  const made = await findDraft(db, courseId);
  if (!made) throw new GorodError('CONFLICT', 'The course changed meanwhile; open its draft again', [issue(['courseId'], 'stale_revision', 'The course changed meanwhile')]);
  return made;
}

const staleRevision = () =>
  new GorodError('CONFLICT', 'Someone saved this draft after you opened it; reload it and apply your changes again', [
    issue(['revision'], 'stale_revision', 'The draft was saved by someone else meanwhile'),
  ]);

/**
 * Writes the whole outline into the course's draft if its revision is still `revision`, raising it; a
 * draft saved meanwhile (or published and replaced by a newer draft) is a CONFLICT naming `revision`.
 * The compare-and-set is one statement, so two saves of one revision cannot both win. Every item is
 * recorded in `course_items` (see `recordCourseItems`). Run it in a transaction.
 */
export async function saveDraftOutline(db: Db, courseId: string, revision: number, outline: Outline, now: string): Promise<number> {
  const draft = await getOrCreateDraft(db, courseId, now);
  if (draft.revision !== revision) throw staleRevision();
  const result = await db
    .updateTable('course_versions')
    .set({ outline: JSON.stringify(outline), revision: revision + 1 })
    .where('course_id', '=', courseId)
    .where('number', '=', draft.number)
    .where('status', '=', 'draft')
    .where('revision', '=', revision)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw staleRevision();
  await recordCourseItems(db, courseId, outline);
  return revision + 1;
}

/**
 * Publishes the draft: it turns `published` (immutable from then on) and becomes the course's
 * `published_version`. One conditional update decides a race: of two publishes of one draft, exactly
 * one changes the row and the other finds no draft (CONFLICT naming `courseId`). An outline without
 * a single item is refused.
 */
export async function publishDraft(db: Db, courseId: string, now: string): Promise<number> {
  const draft = await findDraft(db, courseId);
  if (!draft) throw new GorodError('CONFLICT', 'This course has no draft to publish', [issue(['courseId'], 'no_draft', 'There is no draft to publish')]);
  if (draft.outline.modules.every((module) => module.items.length === 0)) {
    throw new GorodError('CONFLICT', 'Add at least one item before publishing', [issue(['courseId'], 'empty_outline', 'The draft has no items')]);
  }
  const result = await db
    .updateTable('course_versions')
    .set({ status: 'published', published_at: now })
    .where('course_id', '=', courseId)
    .where('number', '=', draft.number)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new GorodError('CONFLICT', 'This draft was published meanwhile', [issue(['courseId'], 'no_draft', 'There is no draft to publish')]);
  await db.updateTable('courses').set({ published_version: draft.number }).where('id', '=', courseId).execute();
  return draft.number;
}

/** Archives a course: every version `archived`, `archived_at` set once (archiving again changes nothing). */
export async function archiveCourse(db: Db, courseId: string, now: string): Promise<void> {
  await db.updateTable('course_versions').set({ status: 'archived' }).where('course_id', '=', courseId).execute();
  await db.updateTable('courses').set({ archived_at: now }).where('id', '=', courseId).where('archived_at', 'is', null).execute();
}

/** Every version of a course, newest first, with its counts and active learners (by GROUP BY): two statements. */
export async function listCourseVersions(db: Db, courseId: string): Promise<CourseVersionSummary[]> {
  const [rows, learners] = await Promise.all([
    db.selectFrom('course_versions').select(versionColumns).where('course_id', '=', courseId).orderBy('number', 'desc').execute(),
    db
      .selectFrom('enrollments')
      .select(['version', (eb) => eb.fn.countAll().as('learners')])
      .where('course_id', '=', courseId)
      .where('status', '=', 'active')
      .groupBy('version')
      .execute(),
  ]);
  const learnersOf = new Map(learners.map((l) => [Number(l.version), Number(l.learners)]));
  return rows.map((row) => {
    const { outline, ...version } = toVersion(row);
    return {
      ...version,
      modulesCount: outline.modules.length,
      itemsCount: outline.modules.reduce((sum, module) => sum + module.items.length, 0),
      learners: learnersOf.get(version.number) ?? 0,
    };
  });
}
