import { eventsOfLearner, findCohort, learnerKey, outlineKey, outlinesOf, readCohortTable } from '@gorod/db';
import {
  type CohortTable,
  CohortTableInputSchema,
  CourseIdInputSchema,
  deriveProgress,
  type MyProgress,
  notFound,
  ProgressRecordInputSchema,
  type ProgressRecordResult,
} from '@gorod/domain';
import { recordProgress } from '../learning/record-progress.js';
import { managedCourseProcedure, ownEnrollmentProcedure } from '../procedures/enrollments.js';
import { router, signedInProcedure } from '../trpc.js';

export const progressRouter = router({
  /**
   * Appends the caller's events (≤ 500), answering each in the order sent: `accepted`, `duplicate` (an
   * event with this id was already applied: a retry is always safe), or `rejected` with its reason.
   * Exact when the same batch arrives twice at once, on both databases. `class.attended` is never sent:
   * it comes from the door's check-in.
   */
  record: signedInProcedure()
    .input(ProgressRecordInputSchema)
    .mutation(({ ctx, input }): Promise<ProgressRecordResult> => recordProgress(ctx.db, ctx.actor.userId, input.events, ctx.now())),

  /** The caller's derived progress in the version they study (also after withdrawing). By token with `progress:read`. */
  mine: ownEnrollmentProcedure(CourseIdInputSchema, 'progress:read').query(async ({ ctx }): Promise<MyProgress> => {
    const { courseId, version, userId } = ctx.enrollment;
    const [outlines, events] = await Promise.all([outlinesOf(ctx.db, [{ courseId, version }]), eventsOfLearner(ctx.db, userId, [courseId])]);
    const outline = outlines.get(outlineKey(courseId, version)) ?? { modules: [] };
    return { courseId, version, progress: deriveProgress(outline, events.get(learnerKey(courseId, userId)) ?? [], ctx.now()) };
  }),

  /**
   * The cohort table: the course's learners (one cohort or all), filtered by federal district, region
   * and name, each with city, region and progress, with totals per region and federal district computed
   * here. The course's instructors and organizers; a constant number of statements whatever the number
   * of learners.
   */
  cohort: managedCourseProcedure(CohortTableInputSchema).query(async ({ ctx, input }): Promise<CohortTable> => {
    if (input.cohortId && !(await findCohort(ctx.db, ctx.course.id, input.cohortId))) throw notFound('cohort', ['cohortId']);
    return readCohortTable(ctx.db, input, ctx.now());
  }),
});
