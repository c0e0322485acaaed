import { compareIds, type ProgressEvent } from '@gorod/domain';
import { CompiledQuery, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../create-db.js';
import type { ProgressEventsTable } from './tables.js';

/*
 * The progress log. Rows are appended, never updated: the primary key is the client's event id, so a
 * retried or duplicated event is an insert that conflicts, never a second row. `class.attended` is not
 * stored at all: it is read from the door's `check_ins` (see `attendanceEvents`), so attendance before or
 * after enrolling counts the same and a learner can never record it.
 */

/** The course of each named item (item ids never move between courses), in one statement. */
export async function coursesOfItems(db: Db, itemIds: readonly string[]): Promise<Map<string, string>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('course_items')
    .select(['item_id', 'course_id'])
    .where('item_id', 'in', [...new Set(itemIds)])
    .execute();
  return new Map(rows.map((r) => [r.item_id, r.course_id]));
}

/**
 * A learner's active enrolments in the courses of the named items, with the version studied, in one
 * statement that also locks them until the transaction ends (a no-op update; the items' courses are a
 * subquery, so ingestion needs no separate look-up): on PostgreSQL, concurrent batches of one learner
 * queue here, so each judges its events against everything committed before it; on SQLite the writer
 * lock does the same. The versions' outlines come from `publishedOutlines`.
 */
export async function lockEnrollmentsOfItems(db: Db, userId: string, itemIds: readonly string[]): Promise<Array<{ courseId: string; version: number }>> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .updateTable('enrollments')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('user_id', '=', userId)
    .where('course_id', 'in', (eb) => eb.selectFrom('course_items').select('course_id').where('item_id', 'in', [...new Set(itemIds)]))
    .where('status', '=', 'active')
    .returning(['course_id', 'version'])
    .execute();
  return rows.map((r) => ({ courseId: r.course_id, version: Number(r.version) })).sort((a, b) => compareIds(a.courseId, b.courseId));
}

type EventRow = Pick<Selectable<ProgressEventsTable>, 'id' | 'item_id' | 'kind' | 'at' | 'fraction'>;

function toEvent(row: EventRow): ProgressEvent {
  const base = { id: row.id, itemId: row.item_id, at: row.at };
  if (row.kind === 'video.progress') return { ...base, kind: 'video.progress', fraction: Number(row.fraction ?? 0) };
  return { ...base, kind: row.kind as 'item.opened' | 'item.completed' };
}

/**
 * The stored events in some courses, grouped by `courseId#userId`, in one statement; `userIds` limits
 * them to some learners (absent: every learner of the courses).
 */
export async function storedEvents(db: Db, courseIds: readonly string[], userIds?: readonly string[]): Promise<Map<string, ProgressEvent[]>> {
  if (courseIds.length === 0 || userIds?.length === 0) return new Map();
  let query = db.selectFrom('progress_events').select(['id', 'user_id', 'course_id', 'item_id', 'kind', 'at', 'fraction']).where('course_id', 'in', [...courseIds]);
  if (userIds) query = query.where('user_id', 'in', [...userIds]);
  return groupByLearner(await query.orderBy('id').execute(), toEvent);
}

/**
 * A learner's stored events that have one of the named ids, grouped like `storedEvents`, in one
 * statement: what tells a retry from a new event when the rest of the learner's history is not needed.
 */
export async function storedEventsWithIds(db: Db, userId: string, ids: readonly string[]): Promise<Map<string, ProgressEvent[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('progress_events')
    .select(['id', 'user_id', 'course_id', 'item_id', 'kind', 'at', 'fraction'])
    .where('user_id', '=', userId)
    .where('id', 'in', [...new Set(ids)])
    .orderBy('id')
    .execute();
  return groupByLearner(rows, toEvent);
}

/**
 * `class.attended` events derived from check-ins at the sessions of a course's class items: one per
 * (item, registration), with a deterministic id and the time of the scan. Grouped like `storedEvents`,
 * in one statement; `userIds` limits it to some learners.
 */
export async function attendanceEvents(db: Db, courseIds: readonly string[], userIds?: readonly string[]): Promise<Map<string, ProgressEvent[]>> {
  if (courseIds.length === 0 || userIds?.length === 0) return new Map();
  let query = db
    .selectFrom('course_items')
    .innerJoin('registrations', 'registrations.session_id', 'course_items.session_id')
    .innerJoin('check_ins', 'check_ins.registration_id', 'registrations.id')
    .select(['course_items.course_id', 'course_items.item_id', 'registrations.id as registration_id', 'registrations.user_id', 'check_ins.checked_in_at'])
    .where('course_items.course_id', 'in', [...courseIds]);
  if (userIds) query = query.where('registrations.user_id', 'in', [...userIds]);
  const rows = await query.execute();
  return groupByLearner(rows, (r) => ({ id: `attended-${r.item_id}-${r.registration_id}`, itemId: r.item_id, kind: 'class.attended', at: r.checked_in_at }));
}

export const learnerKey = (courseId: string, userId: string): string => `${courseId}#${userId}`;

function groupByLearner<R extends { course_id: string; user_id: string }>(rows: readonly R[], toEvent: (row: R) => ProgressEvent): Map<string, ProgressEvent[]> {
  const grouped = new Map<string, ProgressEvent[]>();
  for (const row of rows) {
    const key = learnerKey(row.course_id, row.user_id);
    const list = grouped.get(key) ?? [];
    list.push(toEvent(row));
    grouped.set(key, list);
  }
  return grouped;
}

/** Every event of a learner in the named courses: stored and derived from check-ins, in two statements. */
export async function eventsOfLearner(db: Db, userId: string, courseIds: readonly string[]): Promise<Map<string, ProgressEvent[]>> {
  const [stored, attended] = await Promise.all([storedEvents(db, courseIds, [userId]), attendanceEvents(db, courseIds, [userId])]);
  return mergeEvents(stored, attended);
}

export function mergeEvents(...maps: ReadonlyArray<Map<string, ProgressEvent[]>>): Map<string, ProgressEvent[]> {
  const merged = new Map<string, ProgressEvent[]>();
  for (const map of maps) for (const [key, events] of map) merged.set(key, [...(merged.get(key) ?? []), ...events]);
  return merged;
}

export interface NewProgressEvent {
  event: ProgressEvent;
  userId: string;
  courseId: string;
}

/**
 * Appends events in one statement (`on conflict (id) do nothing`), in id order so concurrent batches
 * that share ids take the keys' locks in the same order and cannot deadlock. Answers the ids it inserted;
 * for the rest, `ownersOf` tells a retry of the caller's own event from an id another person used.
 */
export async function appendEvents(db: Db, events: readonly NewProgressEvent[], now: Date): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const receivedAt = now.toISOString();
  const parameters: unknown[] = [];
  for (const { event, userId, courseId } of [...events].sort((a, b) => compareIds(a.event.id, b.event.id))) {
    parameters.push(event.id, userId, courseId, event.itemId, event.kind, event.at, event.kind === 'video.progress' ? event.fraction : null, receivedAt);
  }
  const { rows } = await db.executeQuery<{ id: string }>(CompiledQuery.raw(appendSql(db, events.length), parameters));
  return new Set(rows.map((r) => r.id));
}

/**
 * The append's SQL for `count` rows, built by Kysely once per database and size and then reused with
 * new parameters: the batch is the hot path of ingestion, and building and compiling 100 rows of value
 * nodes cost more than SQLite spends storing them. The column order is `appendColumns`, the
 * parameters' order in `appendEvents`.
 */
function appendSql(db: Db, count: number): string {
  const executor = db.getExecutor();
  const bySize = appendSqlByAdapter.get(executor.adapter) ?? new Map<number, string>();
  appendSqlByAdapter.set(executor.adapter, bySize);
  let sql = bySize.get(count);
  if (sql === undefined) {
    const row = Object.fromEntries(appendColumns.map((column) => [column, null])) as unknown as Insertable<ProgressEventsTable>;
    sql = db.insertInto('progress_events').values(Array.from({ length: count }, () => row)).onConflict((oc) => oc.column('id').doNothing()).returning('id').compile().sql;
    bySize.set(count, sql);
  }
  return sql;
}

const appendColumns = ['id', 'user_id', 'course_id', 'item_id', 'kind', 'at', 'fraction', 'received_at'] as const satisfies ReadonlyArray<keyof ProgressEventsTable>;
const appendSqlByAdapter = new WeakMap<object, Map<number, string>>();

/** Who stored each of the named event ids, in one statement. */
export async function ownersOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('progress_events').select(['id', 'user_id']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.user_id]));
}
