import { type Enrollment, type EnrollmentStatus, OutlineSchema, type Outline } from '@gorod/domain';
import type { Selectable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../create-db.js';
import { parseJsonColumn } from '../json-column.js';
import { parseOutlineText } from './outline-text.js';
import type { EnrollmentsTable } from './tables.js';

export const enrollmentColumns = ['id', 'course_id', 'user_id', 'cohort_id', 'version', 'status', 'enrolled_at', 'withdrawn_at'] as const;

export function toEnrollment(row: Pick<Selectable<EnrollmentsTable>, (typeof enrollmentColumns)[number]>): Enrollment {
  return {
    id: row.id,
    courseId: row.course_id,
    userId: row.user_id,
    cohortId: row.cohort_id,
    version: Number(row.version),
    status: row.status as EnrollmentStatus,
    enrolledAt: row.enrolled_at,
    withdrawnAt: row.withdrawn_at,
  };
}

/** A person's enrolment in a course, active or withdrawn, or undefined. */
export async function findEnrollment(db: Db, courseId: string, userId: string): Promise<Enrollment | undefined> {
  const row = await db.selectFrom('enrollments').select(enrollmentColumns).where('course_id', '=', courseId).where('user_id', '=', userId).executeTakeFirst();
  return row && toEnrollment(row);
}

/**
 * Enrols a person on `version` (or re-activates their withdrawn enrolment, which keeps its version, its
 * cohort and, by its events, its history). One upsert on the (course, person) key, so concurrent calls
 * leave one enrolment; an active one is left as it is.
 */
export async function enrollPerson(db: Db, courseId: string, userId: string, version: number, now: Date): Promise<Enrollment> {
  await db
    .insertInto('enrollments')
    .values({ id: uuidv7(), course_id: courseId, user_id: userId, cohort_id: null, version, status: 'active', enrolled_at: now.toISOString(), withdrawn_at: null })
    .onConflict((oc) => oc.columns(['course_id', 'user_id']).doUpdateSet({ status: 'active', withdrawn_at: null }).where('enrollments.status', '=', 'withdrawn'))
    .execute();
  return (await findEnrollment(db, courseId, userId))!;
}

/** Withdraws an active enrolment, keeping the row and its events; false when there was no active one. */
export async function withdrawEnrollment(db: Db, courseId: string, userId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('enrollments')
    .set({ status: 'withdrawn', withdrawn_at: now.toISOString() })
    .where('course_id', '=', courseId)
    .where('user_id', '=', userId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Moves an enrolment to `version`; events are per item id, so progress on surviving items carries over. */
export async function moveEnrollment(db: Db, courseId: string, userId: string, version: number): Promise<boolean> {
  const result = await db.updateTable('enrollments').set({ version }).where('course_id', '=', courseId).where('user_id', '=', userId).execute();
  return result.some((r) => r.numUpdatedRows > 0n);
}

/** Which people `add` names: active accounts by id, by delegation, or by (lower-cased) email. */
export type PeopleSelector = { userIds: readonly string[] } | { delegationId: string } | { emails: readonly string[] };

/** The active people a selector names (one statement), and the names it gave that match nobody. */
export async function resolvePeople(db: Db, selector: PeopleSelector): Promise<{ userIds: string[]; unknown: string[] }> {
  let query = db.selectFrom('users').select(['id', 'email']).where('deactivated_at', 'is', null);
  if ('userIds' in selector) query = query.where('id', 'in', [...selector.userIds]);
  else if ('emails' in selector) query = query.where('email', 'in', selector.emails.map((e) => e.toLowerCase()));
  else query = query.where('delegation_id', '=', selector.delegationId);
  const rows = await query.orderBy('id').execute();
  const found = new Set(rows.flatMap((r) => [r.id, r.email]));
  const asked = 'userIds' in selector ? selector.userIds : 'emails' in selector ? selector.emails : [];
  const unknown = [...new Set(asked)].filter((name) => !found.has('emails' in selector ? name.toLowerCase() : name));
  return { userIds: rows.map((r) => r.id), unknown };
}

/**
 * Enrols many people at once, in a constant number of statements: new people are inserted (on the newest
 * published `version`), withdrawn ones re-activated, active ones left where they are; with a cohort, all
 * of them are put in it. Answers how many were added and how many were already active.
 */
export async function enrollMany(
  db: Db,
  courseId: string,
  userIds: readonly string[],
  cohortId: string | null,
  version: number,
  now: Date,
): Promise<{ added: number; alreadyEnrolled: number }> {
  if (userIds.length === 0) return { added: 0, alreadyEnrolled: 0 };
  const existing = await db.selectFrom('enrollments').select(['user_id', 'status']).where('course_id', '=', courseId).where('user_id', 'in', [...userIds]).execute();
  const active = new Set(existing.filter((e) => e.status === 'active').map((e) => e.user_id));
  const known = new Set(existing.map((e) => e.user_id));
  const at = now.toISOString();
  const fresh = userIds.filter((id) => !known.has(id));
  let inserted = 0;
  if (fresh.length > 0) {
    const result = await db
      .insertInto('enrollments')
      .values(fresh.map((userId) => ({ id: uuidv7(), course_id: courseId, user_id: userId, cohort_id: cohortId, version, status: 'active', enrolled_at: at, withdrawn_at: null })))
      .onConflict((oc) => oc.columns(['course_id', 'user_id']).doNothing())
      .executeTakeFirst();
    inserted = Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  const reactivated = await db
    .updateTable('enrollments')
    .set({ status: 'active', withdrawn_at: null, ...(cohortId ? { cohort_id: cohortId } : {}) })
    .where('course_id', '=', courseId)
    .where('user_id', 'in', [...userIds])
    .where('status', '=', 'withdrawn')
    .executeTakeFirst();
  if (cohortId && active.size > 0) {
    await db.updateTable('enrollments').set({ cohort_id: cohortId }).where('course_id', '=', courseId).where('user_id', 'in', [...active]).execute();
  }
  return { added: inserted + Number(reactivated.numUpdatedRows), alreadyEnrolled: active.size };
}

/** A person's enrolments (active and withdrawn), newest first. */
export async function enrollmentsOfUser(db: Db, userId: string): Promise<Enrollment[]> {
  const rows = await db.selectFrom('enrollments').select(enrollmentColumns).where('user_id', '=', userId).orderBy('enrolled_at', 'desc').orderBy('id').execute();
  return rows.map(toEnrollment);
}

/** The outlines of the named (course, version) pairs, in one statement: keyed `courseId#number`. */
export async function outlinesOf(db: Db, versions: ReadonlyArray<{ courseId: string; version: number }>): Promise<Map<string, Outline>> {
  if (versions.length === 0) return new Map();
  const rows = await db
    .selectFrom('course_versions')
    .select(['course_id', 'number', 'outline'])
    .where((eb) => eb.or(versions.map((v) => eb.and([eb('course_id', '=', v.courseId), eb('number', '=', v.version)]))))
    .execute();
  return new Map(rows.map((r) => [outlineKey(r.course_id, Number(r.number)), parseOutlineText(r.outline)]));
}

export const outlineKey = (courseId: string, version: number): string => `${courseId}#${version}`;

/**
 * The program sessions of the classes in the versions a person actively studies: what joins their agenda.
 * Two statements: the versions' outlines, and the session of every item of those courses that has one.
 */
export async function enrolledClassSessionIds(db: Db, userId: string): Promise<string[]> {
  const enrolled = await db
    .selectFrom('enrollments')
    .innerJoin('course_versions', (join) => join.onRef('course_versions.course_id', '=', 'enrollments.course_id').onRef('course_versions.number', '=', 'enrollments.version'))
    .select(['enrollments.course_id', 'course_versions.outline'])
    .where('enrollments.user_id', '=', userId)
    .where('enrollments.status', '=', 'active')
    .execute();
  if (enrolled.length === 0) return [];
  const studied = new Set(enrolled.flatMap((e) => parseJsonColumn(OutlineSchema, e.outline).modules.flatMap((m) => m.items.map((i) => i.id))));
  const linked = await db
    .selectFrom('course_items')
    .select(['item_id', 'session_id'])
    .where(
      'course_id',
      'in',
      enrolled.map((e) => e.course_id),
    )
    .where('session_id', 'is not', null)
    .execute();
  return [...new Set(linked.filter((l) => studied.has(l.item_id)).map((l) => l.session_id as string))].sort();
}
