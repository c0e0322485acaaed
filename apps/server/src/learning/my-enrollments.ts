import { courseSummaries, type Db, enrollmentsOfUser, eventsOfLearner, learnerKey, outlineKey, outlinesOf } from '@gorod/db';
import { deriveProgress, type MyEnrollment } from '@gorod/domain';

/**
 * A person's enrolments with their courses and progress (derived by the SDK's `deriveProgress`), in a
 * constant number of statements whatever their number: enrolments, course summaries, outlines, events.
 */
export async function myEnrollments(db: Db, userId: string, now: Date): Promise<MyEnrollment[]> {
  const enrollments = await enrollmentsOfUser(db, userId);
  const courseIds = enrollments.map((e) => e.courseId);
  const [summaries, outlines, events] = await Promise.all([
    courseSummaries(db, courseIds),
    outlinesOf(db, enrollments.map((e) => ({ courseId: e.courseId, version: e.version }))),
    eventsOfLearner(db, userId, courseIds),
  ]);
  return enrollments.flatMap((enrollment): MyEnrollment[] => {
    const course = summaries.get(enrollment.courseId);
    if (!course) return [];
    const outline = outlines.get(outlineKey(enrollment.courseId, enrollment.version)) ?? { modules: [] };
    const { completedItems, totalItems, fraction, completed, resumeItemId, lastActivityAt } = deriveProgress(
      outline,
      events.get(learnerKey(enrollment.courseId, userId)) ?? [],
      now,
    );
    const newest = course.publishedVersion;
    return [
      {
        enrollment,
        course,
        progress: { completedItems, totalItems, fraction, completed, resumeItemId, lastActivityAt },
        newerVersion: newest !== null && newest > enrollment.version ? newest : null,
      },
    ];
  });
}
