/**
 * The procedure builders of courses: `courseProcedure` loads the course named by `input.courseId` and
 * applies the domain's rules through `authorizeResource` (a course the caller may not see is NOT_FOUND,
 * one they see but may not act on FORBIDDEN), handing it on as `ctx.course`. `catalogViewer` is who a
 * public course read answers for.
 */
import { findCourse, isEnrolledIn } from '@gorod/db';
import { type Course, canEditCourse, canSeeCourse, GorodError, issue, type PermissionActor, type TokenScope } from '@gorod/domain';
import type { z } from 'zod';
import { resolveActor } from '../auth/actor.js';
import type { RequestServices } from '../context.js';
import { signedInProcedure } from '../trpc.js';
import { authorizeResource } from './resource.js';

/**
 * Who a public course read (`courses.catalog`, `courses.get`) answers for: a browser session, or an API
 * token carrying `catalog:read`, sees the courses they teach, organize or are enrolled in besides the
 * public ones; anyone else (a token without the scope included) reads as the public.
 */
export async function catalogViewer(services: RequestServices): Promise<PermissionActor> {
  const actor = await resolveActor(services);
  if (actor.kind === 'token' && !actor.scopes.includes('catalog:read')) return { kind: 'anonymous' };
  return actor;
}

/** `canSeeCourse` with the enrolment it needs, read only when nothing else already lets the actor see the course. */
export async function seesCourse(services: Pick<RequestServices, 'db'>, actor: PermissionActor, course: Course): Promise<boolean> {
  if (canSeeCourse(actor, course)) return true;
  return actor.kind !== 'anonymous' && canSeeCourse(actor, course, await isEnrolledIn(services.db, course.id, actor.userId));
}

/**
 * A signed-in caller (by token too, with `scope`) and the course named by `input.courseId`, which
 * `can` allows them to act on (by default `canEditCourse`: its instructors): `ctx.course`.
 */
export const courseProcedure = <S extends z.ZodType<{ courseId: string }>>(
  input: S,
  can: (actor: PermissionActor, course: Course) => boolean = canEditCourse,
  scope?: TokenScope,
) =>
  signedInProcedure(scope)
    .input(input)
    .use(async ({ ctx, input, next }) => {
      const course = await findCourse(ctx.db, (input as { courseId: string }).courseId);
      const visible = course !== undefined && (await seesCourse(ctx, ctx.actor, course));
      const authorized = authorizeResource(ctx.actor, course, { what: 'course', path: 'courseId', canSee: () => visible, can });
      return next({ ctx: { course: authorized } });
    });

/** An archived course is read-only: its card, instructors and versions no longer change. */
export function assertNotArchived(course: Course): void {
  if (course.archivedAt !== null) {
    throw new GorodError('CONFLICT', 'This course is archived and can no longer change', [issue(['courseId'], 'archived', 'The course is archived')]);
  }
}
