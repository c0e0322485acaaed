import {
  CatalogInputSchema,
  type CourseDraft,
  CourseCreateInputSchema,
  CourseGetInputSchema,
  CourseIdInputSchema,
  CourseSetInstructorsInputSchema,
  type CourseSummary,
  CourseUpdateInputSchema,
  type CourseVersionSummary,
  type CourseView,
  DraftSaveInputSchema,
  GorodError,
  type TaughtCourse,
} from '@gorod/domain';
import { publicProcedure, roleProcedure, router, signedInProcedure } from '../trpc.js';

// CONTRACT SKELETON (lead): the courses helper replaces every body; names, inputs, access and answers stay.
const todo = (): never => {
  throw new GorodError('INTERNAL', 'Not built yet');
};

export const coursesRouter = router({
  catalog: publicProcedure.input(CatalogInputSchema).query(async (): Promise<{ items: CourseSummary[] }> => todo()),
  get: publicProcedure.input(CourseGetInputSchema).query(async (): Promise<CourseView> => todo()),
  mine: roleProcedure(['instructor']).query(async (): Promise<TaughtCourse[]> => todo()),
  create: roleProcedure(['instructor']).input(CourseCreateInputSchema).mutation(async (): Promise<{ id: string; slug: string }> => todo()),
  update: signedInProcedure().input(CourseUpdateInputSchema).mutation(async (): Promise<{ saved: true }> => todo()),
  setInstructors: signedInProcedure().input(CourseSetInstructorsInputSchema).mutation(async (): Promise<{ saved: true }> => todo()),
  draft: signedInProcedure().input(CourseIdInputSchema).query(async (): Promise<CourseDraft> => todo()),
  saveDraft: signedInProcedure().input(DraftSaveInputSchema).mutation(async (): Promise<{ revision: number }> => todo()),
  publish: signedInProcedure().input(CourseIdInputSchema).mutation(async (): Promise<{ version: number }> => todo()),
  archive: signedInProcedure().input(CourseIdInputSchema).mutation(async (): Promise<{ archived: true }> => todo()),
  versions: signedInProcedure().input(CourseIdInputSchema).query(async (): Promise<CourseVersionSummary[]> => todo()),
});
