import { appendEvents, coursesOfItems, type Db, eventsOfLearner, learnerKey, lockActiveEnrollments, type NewProgressEvent, outlineKey, outlinesOf, ownersOf } from '@gorod/db';
import { type EventResult, judgeEvents, type LearnerEvent, type ProgressRecordResult } from '@gorod/domain';

/**
 * `progress.record`: a learner's batch judged and appended in the caller's transaction, in a constant
 * number of statements whatever its size (≤ 500): the items' courses, the learner's enrolments (locked,
 * so two batches of one learner queue), their versions' outlines, their stored events and attendance,
 * one insert, and — only when some insert found its id taken — one read of those ids' owners.
 *
 * Exact when the same batch arrives twice at once: the second waits on the enrolment lock (PostgreSQL)
 * or the writer lock (SQLite) and then sees the first's events as stored, so it answers `duplicate`;
 * and whatever slips past the judge (an id stored under another course, or by another person) is
 * decided by the primary key: the insert does nothing and the stored row's owner tells `duplicate`
 * (the caller's) from `id_in_use` (someone else's).
 */
export async function recordProgress(db: Db, userId: string, batch: readonly LearnerEvent[], now: Date): Promise<ProgressRecordResult> {
  const itemCourses = await coursesOfItems(db, batch.map((e) => e.itemId));
  const courseIds = [...new Set(itemCourses.values())];
  const enrolled = await lockActiveEnrollments(db, userId, courseIds);
  const [outlines, events] = await Promise.all([outlinesOf(db, enrolled), eventsOfLearner(db, userId, enrolled.map((e) => e.courseId))]);

  // Each course's events are judged together, in the order sent, against that course's state.
  const verdicts = new Map<LearnerEvent, EventResult>();
  const byCourse = new Map<string, LearnerEvent[]>();
  for (const event of batch) {
    const courseId = itemCourses.get(event.itemId);
    if (courseId === undefined) verdicts.set(event, { id: event.id, status: 'rejected', reason: 'unknown_item' });
    else {
      const list = byCourse.get(courseId) ?? [];
      list.push(event);
      byCourse.set(courseId, list);
    }
  }
  for (const [courseId, courseBatch] of byCourse) {
    const enrollment = enrolled.find((e) => e.courseId === courseId);
    const outline = (enrollment && outlines.get(outlineKey(courseId, enrollment.version))) ?? { modules: [] };
    const stored = events.get(learnerKey(courseId, userId)) ?? [];
    const results = judgeEvents({ outline, stored, batch: courseBatch, now, enrolled: enrollment !== undefined });
    for (const [i, event] of courseBatch.entries()) verdicts.set(event, results[i]!);
  }

  // One id accepted for two courses' items in one batch: the first in the batch is the event, the rest repeat it.
  const accepted: NewProgressEvent[] = [];
  const acceptedIds = new Set<string>();
  for (const event of batch) {
    if (verdicts.get(event)?.status !== 'accepted') continue;
    if (acceptedIds.has(event.id)) verdicts.set(event, { id: event.id, status: 'duplicate' });
    else {
      acceptedIds.add(event.id);
      accepted.push({ event, userId, courseId: itemCourses.get(event.itemId)! });
    }
  }
  const inserted = await appendEvents(db, accepted, now);
  const taken = accepted.filter((a) => !inserted.has(a.event.id)).map((a) => a.event.id);
  const owners = await ownersOf(db, taken);
  return {
    results: batch.map((event): EventResult => {
      const verdict = verdicts.get(event)!;
      if (verdict.status !== 'accepted' || inserted.has(event.id)) return verdict;
      return owners.get(event.id) === userId ? { id: event.id, status: 'duplicate' } : { id: event.id, status: 'rejected', reason: 'id_in_use' };
    }),
  };
}
