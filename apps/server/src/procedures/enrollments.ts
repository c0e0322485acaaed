/**
 * The procedure builders of enrolments and progress: each loads the course named by `input.courseId`
 * (with the caller's own enrolment in it) and applies the domain's course rules through
 * `authorizeResource`, handing the course on as `ctx.course`. A course the caller may not see is
 * NOT_FOUND at `courseId`, like one that does not exist.
 */
import { type Db, findCourse, findEnrollment } from '@gorod/db';
import { canManageEnrollments, canSeeCourse, canSelfEnroll, type Course, type Enrollment, notFound, type PermissionActor, type TokenScope } from '@gorod/domain';
import type { z } from 'zod';
import { signedInProcedure } from '../trpc.js';
import { authorizeResource, type ResourceRule } from './resource.js';

/** A course as these procedures see it: its access facts and the caller's enrolment in it, if any. */
export type LearningCourse = Course & { myEnrollment: Enrollment | undefined };

const seen = (actor: PermissionActor, course: LearningCourse) => canSeeCourse(actor, course, course.myEnrollment !== undefined);

/** Enrolling oneself: an open published course, or one the caller is already active in (enrolling again changes nothing). */
const selfEnrolRule: ResourceRule<LearningCourse> = {
  what: 'course',
  path: 'courseId',
  canSee: seen,
  can: (actor, course) => canSelfEnroll(actor, course) || course.myEnrollment?.status === 'active',
};

/** Acting on one's own enrolment: any course one sees; a missing enrolment is answered by the procedure. */
const ownEnrolmentRule: ResourceRule<LearningCourse> = { what: 'course', path: 'courseId', canSee: seen, can: () => true };

/** Enrolling others, cohorts and the cohort table: the course's instructors and organizers. */
const managerRule: ResourceRule<LearningCourse> = { what: 'course', path: 'courseId', canSee: seen, can: canManageEnrollments };

async function loadCourse(db: Db, actor: PermissionActor, courseId: string): Promise<LearningCourse | undefined> {
  const course = await findCourse(db, courseId);
  if (!course) return undefined;
  const myEnrollment = actor.kind === 'anonymous' ? undefined : await findEnrollment(db, courseId, actor.userId);
  return { ...course, myEnrollment };
}

const courseProcedure = <S extends z.ZodType<{ courseId: string }>>(input: S, rule: ResourceRule<LearningCourse>, scope?: TokenScope) =>
  signedInProcedure(scope)
    .input(input)
    .use(async ({ ctx, input, next }) =>
      next({ ctx: { course: authorizeResource(ctx.actor, await loadCourse(ctx.db, ctx.actor, (input as { courseId: string }).courseId), rule) } }),
    );

/** The course named by `input.courseId`, which the caller may enrol in themself: `ctx.course`. */
export const selfEnrolProcedure = <S extends z.ZodType<{ courseId: string }>>(input: S, scope?: TokenScope) => courseProcedure(input, selfEnrolRule, scope);

/**
 * The course named by `input.courseId` with the caller's own enrolment in it: `ctx.course` and
 * `ctx.enrollment`. No enrolment (ever) is NOT_FOUND at `courseId`.
 */
export const ownEnrollmentProcedure = <S extends z.ZodType<{ courseId: string }>>(input: S, scope?: TokenScope) =>
  courseProcedure(input, ownEnrolmentRule, scope).use(async ({ ctx, next }) => {
    const enrollment = ctx.course.myEnrollment;
    if (!enrollment) throw notFound('enrollment', ['courseId']);
    return next({ ctx: { enrollment } });
  });

/** The course named by `input.courseId`, whose enrolments the caller manages (its instructors, organizers): `ctx.course`. */
export const managedCourseProcedure = <S extends z.ZodType<{ courseId: string }>>(input: S) => courseProcedure(input, managerRule);
