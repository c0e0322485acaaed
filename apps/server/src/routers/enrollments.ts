import {
  type Cohort,
  CohortCreateInputSchema,
  CourseIdInputSchema,
  type Enrollment,
  EnrollmentAddInputSchema,
  type EnrollmentAddResult,
  EnrollmentRemoveInputSchema,
  GorodError,
  type MyEnrollment,
} from '@gorod/domain';
import { router, signedInProcedure } from '../trpc.js';

// CONTRACT SKELETON (lead): the enrolments helper replaces every body; names, inputs, access and answers stay.
const todo = (): never => {
  throw new GorodError('INTERNAL', 'Not built yet');
};

export const enrollmentsRouter = router({
  enroll: signedInProcedure('enrollments:write').input(CourseIdInputSchema).mutation(async (): Promise<{ enrollment: Enrollment }> => todo()),
  mine: signedInProcedure('progress:read').query(async (): Promise<MyEnrollment[]> => todo()),
  withdraw: signedInProcedure('enrollments:write').input(CourseIdInputSchema).mutation(async (): Promise<{ withdrawn: true }> => todo()),
  moveToLatest: signedInProcedure('enrollments:write').input(CourseIdInputSchema).mutation(async (): Promise<{ version: number }> => todo()),
  add: signedInProcedure().input(EnrollmentAddInputSchema).mutation(async (): Promise<EnrollmentAddResult> => todo()),
  remove: signedInProcedure().input(EnrollmentRemoveInputSchema).mutation(async (): Promise<{ withdrawn: true }> => todo()),
});

export const cohortsRouter = router({
  list: signedInProcedure().input(CourseIdInputSchema).query(async (): Promise<Array<Cohort & { learners: number }>> => todo()),
  create: signedInProcedure().input(CohortCreateInputSchema).mutation(async (): Promise<Cohort> => todo()),
});
