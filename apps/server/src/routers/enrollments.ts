import {
  createCohort,
  enrollMany,
  enrollPerson,
  findCohort,
  findDelegation,
  findEnrollment,
  listCohorts,
  moveEnrollment,
  type PeopleSelector,
  resolvePeople,
  withdrawEnrollment,
} from '@gorod/db';
import {
  type Cohort,
  CohortCreateInputSchema,
  CourseIdInputSchema,
  type Enrollment,
  EnrollmentAddInputSchema,
  type EnrollmentAddResult,
  EnrollmentRemoveInputSchema,
  GorodError,
  issue,
  type MyEnrollment,
  notFound,
} from '@gorod/domain';
import { type LearningCourse, managedCourseProcedure, ownEnrollmentProcedure, selfEnrolProcedure } from '../procedures/enrollments.js';
import { myEnrollments } from '../learning/my-enrollments.js';
import { router, signedInProcedure } from '../trpc.js';

/** An archived course takes nobody new (those enrolled keep reading it). */
function assertNotArchived(course: LearningCourse): void {
  if (course.archivedAt !== null) throw new GorodError('CONFLICT', 'This course is archived', [issue(['courseId'], 'archived', 'This course is archived')]);
}

/** The version new enrolments start on: the newest published one; a course with none takes nobody yet. */
function newestPublished(course: LearningCourse): number {
  if (course.publishedVersion === null) {
    throw new GorodError('CONFLICT', 'This course has no published version yet', [issue(['courseId'], 'not_published', 'This course has no published version yet')]);
  }
  return course.publishedVersion;
}

export const enrollmentsRouter = router({
  /**
   * Enrols the caller in an open, published course on its newest version. Enrolling again while active
   * answers the same enrolment; after a withdrawal it re-activates the enrolment, which keeps its version
   * and its events (history). By token with `enrollments:write`: the token's owner is enrolled.
   */
  enroll: selfEnrolProcedure(CourseIdInputSchema, 'enrollments:write').mutation(async ({ ctx }): Promise<{ enrollment: Enrollment }> => {
    const version = ctx.course.myEnrollment?.version ?? newestPublished(ctx.course);
    return { enrollment: await enrollPerson(ctx.db, ctx.course.id, ctx.actor.userId, version, ctx.now()) };
  }),

  /** The caller's enrolments (active and withdrawn), each with its course and progress. By token with `progress:read`. */
  mine: signedInProcedure('progress:read').query(({ ctx }): Promise<MyEnrollment[]> => myEnrollments(ctx.db, ctx.actor.userId, ctx.now())),

  /** Withdraws the caller; the enrolment and its events stay (history). Withdrawing twice withdraws once. */
  withdraw: ownEnrollmentProcedure(CourseIdInputSchema, 'enrollments:write').mutation(async ({ ctx }): Promise<{ withdrawn: true }> => {
    await withdrawEnrollment(ctx.db, ctx.course.id, ctx.actor.userId, ctx.now());
    return { withdrawn: true };
  }),

  /** Moves the caller to the newest published version; progress stays on every item whose id survives. */
  moveToLatest: ownEnrollmentProcedure(CourseIdInputSchema, 'enrollments:write').mutation(async ({ ctx }): Promise<{ version: number }> => {
    const version = newestPublished(ctx.course);
    if (version !== ctx.enrollment.version) await moveEnrollment(ctx.db, ctx.course.id, ctx.actor.userId, version);
    return { version };
  }),

  /**
   * Enrols people, by ids, by a delegation (its linked people) or by emails, into a cohort of the course
   * or none: the course's instructors and organizers. Unknown and deactivated people are listed in
   * `unknown`; people already active are counted in `alreadyEnrolled` (and moved to the named cohort).
   * A course without a published version (`not_published`) or archived (`archived`) is CONFLICT at `courseId`.
   */
  add: managedCourseProcedure(EnrollmentAddInputSchema).mutation(async ({ ctx, input }): Promise<EnrollmentAddResult> => {
    assertNotArchived(ctx.course);
    const version = newestPublished(ctx.course);
    if (input.cohortId && !(await findCohort(ctx.db, ctx.course.id, input.cohortId))) throw notFound('cohort', ['cohortId']);
    if (input.delegationId && !(await findDelegation(ctx.db, input.delegationId))) throw notFound('delegation', ['delegationId']);
    const selector: PeopleSelector = input.userIds ? { userIds: input.userIds } : input.emails ? { emails: input.emails } : { delegationId: input.delegationId! };
    const people = await resolvePeople(ctx.db, selector);
    const counts = await enrollMany(ctx.db, ctx.course.id, people.userIds, input.cohortId, version, ctx.now());
    return { ...counts, unknown: people.unknown };
  }),

  /** Withdraws a learner (history kept): the course's instructors and organizers. NOT_FOUND at `userId` if they are not enrolled. */
  remove: managedCourseProcedure(EnrollmentRemoveInputSchema).mutation(async ({ ctx, input }): Promise<{ withdrawn: true }> => {
    if (!(await findEnrollment(ctx.db, ctx.course.id, input.userId))) throw notFound('enrollment', ['userId']);
    await withdrawEnrollment(ctx.db, ctx.course.id, input.userId, ctx.now());
    return { withdrawn: true };
  }),
});

export const cohortsRouter = router({
  /** A course's cohorts by name, with their active learners: the course's instructors and organizers. */
  list: managedCourseProcedure(CourseIdInputSchema).query(({ ctx }): Promise<Array<Cohort & { learners: number }>> => listCohorts(ctx.db, ctx.course.id)),

  /** A new cohort; a name the course already has is CONFLICT at `name`. */
  create: managedCourseProcedure(CohortCreateInputSchema).mutation(({ ctx, input }): Promise<Cohort> => createCohort(ctx.db, ctx.course.id, input.name, ctx.now())),
});
