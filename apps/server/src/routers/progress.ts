import { type CohortTable, CohortTableInputSchema, CourseIdInputSchema, GorodError, type MyProgress, ProgressRecordInputSchema, type ProgressRecordResult } from '@gorod/domain';
import { router, signedInProcedure } from '../trpc.js';

// CONTRACT SKELETON (lead): the progress helper replaces every body; names, inputs, access and answers stay.
const todo = (): never => {
  throw new GorodError('INTERNAL', 'Not built yet');
};

export const progressRouter = router({
  record: signedInProcedure().input(ProgressRecordInputSchema).mutation(async (): Promise<ProgressRecordResult> => todo()),
  mine: signedInProcedure('progress:read').input(CourseIdInputSchema).query(async (): Promise<MyProgress> => todo()),
  cohort: signedInProcedure().input(CohortTableInputSchema).query(async (): Promise<CohortTable> => todo()),
});
