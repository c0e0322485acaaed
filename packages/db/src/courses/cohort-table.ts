import {
  type CohortRow,
  type CohortTable,
  type CohortTableInput,
  type CohortTotals,
  deriveProgress,
  type FederalDistrict,
  type LocalizedName,
  LocalizedNameSchema,
} from '@gorod/domain';
import type { Db } from '../create-db.js';
import { parseJsonColumn } from '../json-column.js';
import { foldedContains } from '../like.js';
import { outlineKey, outlinesOf } from './enrollments.js';
import { attendanceEvents, learnerKey, mergeEvents, storedEvents } from './progress-events.js';

/**
 * The instructor's cohort table: every enrolled learner matching the filters, with city, region and
 * federal district and their progress derived by the SDK's `deriveProgress`, plus totals per region and
 * federal district. Five statements whatever the number of learners: the learners (joined with their
 * users, cities, regions and cohorts), the outlines of the versions they study, their stored events,
 * their attendance at the course's classes — and none per learner. Totals count active learners only
 * (a withdrawn row stays in the table, as history).
 */
export async function readCohortTable(db: Db, input: CohortTableInput, now: Date): Promise<CohortTable> {
  let learners = db
    .selectFrom('enrollments')
    .innerJoin('users', 'users.id', 'enrollments.user_id')
    .leftJoin('cities', 'cities.id', 'users.city_id')
    .leftJoin('regions', 'regions.id', 'cities.region_id')
    .leftJoin('cohorts', 'cohorts.id', 'enrollments.cohort_id')
    .where('enrollments.course_id', '=', input.courseId);
  if (input.cohortId) learners = learners.where('enrollments.cohort_id', '=', input.cohortId);
  if (input.regionId) learners = learners.where('regions.id', '=', input.regionId);
  if (input.federalDistrict) learners = learners.where('regions.federal_district', '=', input.federalDistrict);
  if (input.search?.trim()) learners = learners.where(foldedContains('users.search_text', input.search));
  const rows = await learners
    .select([
      'enrollments.user_id',
      'enrollments.version',
      'enrollments.status',
      'enrollments.cohort_id',
      'cohorts.name as cohort_name',
      'users.name as user_name',
      'cities.id as city_id',
      'cities.name as city_name',
      'regions.id as region_id',
      'regions.name as region_name',
      'regions.federal_district',
    ])
    .orderBy('users.name')
    .orderBy('enrollments.user_id')
    .execute();

  const versions = [...new Set(rows.map((r) => Number(r.version)))].map((version) => ({ courseId: input.courseId, version }));
  const userIds = rows.map((r) => r.user_id);
  // A short table reads its learners' events by id; a long one reads the whole course's (no huge id lists).
  const only = userIds.length > 500 ? undefined : userIds;
  const [outlines, stored, attended] = await Promise.all([
    outlinesOf(db, versions),
    storedEvents(db, [input.courseId], only),
    attendanceEvents(db, [input.courseId], only),
  ]);
  const events = mergeEvents(stored, attended);
  const name = (json: string | null): LocalizedName | null => (json === null ? null : parseJsonColumn(LocalizedNameSchema, json));

  const tableRows: CohortRow[] = rows.map((r) => {
    const outline = outlines.get(outlineKey(input.courseId, Number(r.version))) ?? { modules: [] };
    const progress = deriveProgress(outline, events.get(learnerKey(input.courseId, r.user_id)) ?? [], now);
    return {
      userId: r.user_id,
      name: r.user_name,
      city: r.city_id ? { id: r.city_id, name: name(r.city_name)! } : null,
      region: r.region_id ? { id: r.region_id, name: name(r.region_name)! } : null,
      federalDistrict: (r.federal_district as FederalDistrict | null) ?? null,
      cohortId: r.cohort_id,
      cohortName: r.cohort_name,
      version: Number(r.version),
      status: r.status === 'withdrawn' ? 'withdrawn' : 'active',
      completedItems: progress.completedItems,
      totalItems: progress.totalItems,
      fraction: progress.fraction,
      completed: progress.completed,
      lastActivityAt: progress.lastActivityAt,
    };
  });
  return { courseId: input.courseId, cohortId: input.cohortId ?? null, rows: tableRows, ...cohortTotals(tableRows) };
}

/** Totals of the active rows: overall, per region and per federal district (each sorted by its id). */
export function cohortTotals(rows: readonly CohortRow[]): Pick<CohortTable, 'totals' | 'byRegion' | 'byDistrict'> {
  const active = rows.filter((r) => r.status === 'active');
  const regions = new Map<string, { row: CohortRow; rows: CohortRow[] }>();
  const districts = new Map<FederalDistrict, CohortRow[]>();
  for (const row of active) {
    if (row.region && row.federalDistrict) {
      const entry = regions.get(row.region.id) ?? { row, rows: [] };
      entry.rows.push(row);
      regions.set(row.region.id, entry);
    }
    if (row.federalDistrict) districts.set(row.federalDistrict, [...(districts.get(row.federalDistrict) ?? []), row]);
  }
  const byId = <T>(entries: Map<string, T>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    totals: totalsOf(active),
    byRegion: byId(regions).map(([regionId, { row, rows }]) => ({ regionId, regionName: row.region!.name, federalDistrict: row.federalDistrict!, ...totalsOf(rows) })),
    byDistrict: byId(districts).map(([federalDistrict, rows]) => ({ federalDistrict: federalDistrict as FederalDistrict, ...totalsOf(rows) })),
  };
}

function totalsOf(rows: readonly CohortRow[]): CohortTotals {
  const learners = rows.length;
  return {
    learners,
    completed: rows.filter((r) => r.completed).length,
    averageFraction: learners === 0 ? 0 : rows.reduce((sum, r) => sum + r.fraction, 0) / learners,
  };
}
