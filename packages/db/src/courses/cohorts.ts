import { type Cohort, issue } from '@gorod/domain';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../create-db.js';
import { conflictOnUniqueViolation } from '../unique-violation.js';

/** A course's cohorts by name, each with its number of active learners, in one statement. */
export async function listCohorts(db: Db, courseId: string): Promise<Array<Cohort & { learners: number }>> {
  const rows = await db
    .selectFrom('cohorts')
    .select([
      'id',
      'course_id',
      'name',
      'created_at',
      // Cast: PostgreSQL's count() is a bigint the driver hands back as text.
      sql<number>`(select cast(count(*) as integer) from enrollments e where e.cohort_id = cohorts.id and e.status = 'active')`.as('learners'),
    ])
    .where('course_id', '=', courseId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, courseId: r.course_id, name: r.name, createdAt: r.created_at, learners: Number(r.learners) }));
}

/** A cohort of a course by id, or undefined (a cohort of another course is not found either). */
export async function findCohort(db: Db, courseId: string, cohortId: string): Promise<Cohort | undefined> {
  const row = await db.selectFrom('cohorts').selectAll().where('id', '=', cohortId).where('course_id', '=', courseId).executeTakeFirst();
  return row && { id: row.id, courseId: row.course_id, name: row.name, createdAt: row.created_at };
}

/**
 * Creates a cohort. A name the course already has is CONFLICT at `name`: the unique key decides, also
 * between two organizers creating it at the same moment (the mutation's transaction then rolls back).
 */
export async function createCohort(db: Db, courseId: string, name: string, now: Date): Promise<Cohort> {
  const cohort: Cohort = { id: uuidv7(), courseId, name, createdAt: now.toISOString() };
  const taken = 'This course already has a cohort with this name';
  await conflictOnUniqueViolation(
    () => db.insertInto('cohorts').values({ id: cohort.id, course_id: courseId, name, created_at: cohort.createdAt }).execute(),
    taken,
    issue(['name'], 'cohort_name_taken', taken),
  );
  return cohort;
}
