import { z } from 'zod';
import { FederalDistrictSchema, RegionIdSchema } from '../cities/schemas.js';
import { text } from '../text.js';
import { CourseRecordIdSchema } from './ids.js';

/** The cohort table's filters (`progress.cohort`): one cohort or all, a federal district, a region, a name search. */
export const CohortTableInputSchema = z.strictObject({
  courseId: CourseRecordIdSchema,
  cohortId: CourseRecordIdSchema.optional(),
  federalDistrict: FederalDistrictSchema.optional(),
  regionId: RegionIdSchema.optional(),
  search: text({ max: 100 }).optional(),
});
export type CohortTableInput = z.input<typeof CohortTableInputSchema>;
