import {
  type ClassSessionInfo,
  GorodError,
  issue,
  type Item,
  type Outline,
  OutlineSchema,
  SessionStatusSchema,
} from '@gorod/domain';
import type { Db } from '../create-db.js';
import { parseJsonColumn } from '../json-column.js';
import { toLocalized } from '../program/json.js';

/** An outline's items with their place in it (`outline.modules[m].items[i]`), for issues that name them. */
export function placedItems(outline: Outline): Array<{ item: Item; path: Array<string | number> }> {
  return outline.modules.flatMap((module, m) => module.items.map((item, i) => ({ item, path: ['outline', 'modules', m, 'items', i] })));
}

/** The program session a class item takes place at; null for the kinds that have none. */
export const sessionOfItem = (item: Item): string | null => ('sessionId' in item ? item.sessionId : null);

// Chunks keep each statement under SQLite's and PostgreSQL's bound-parameter limits (an outline holds at most 5,000 items).
const chunkSize = 500;
const chunks = <T>(list: readonly T[]): T[][] => Array.from({ length: Math.ceil(list.length / chunkSize) }, (_, c) => list.slice(c * chunkSize, (c + 1) * chunkSize));

/**
 * Records every item of a saved outline in `course_items` (item id → course, kind, and a class's
 * session), so ingestion finds an event's course and check-in a session's classes by index. An item
 * id already recorded for another course is a CONFLICT naming the item: ids are stable across a
 * course's versions and never move between courses. The upsert only ever touches this course's rows,
 * and the check runs after it, so two courses racing for one new id cannot both keep it.
 */
export async function recordCourseItems(db: Db, courseId: string, outline: Outline): Promise<void> {
  const placed = placedItems(outline);
  for (const chunk of chunks(placed)) {
    await db
      .insertInto('course_items')
      .values(chunk.map(({ item }) => ({ item_id: item.id, course_id: courseId, kind: item.kind, session_id: sessionOfItem(item) })))
      .onConflict((oc) =>
        oc
          .column('item_id')
          .doUpdateSet((eb) => ({ kind: eb.ref('excluded.kind'), session_id: eb.ref('excluded.session_id') }))
          .where('course_items.course_id', '=', courseId),
      )
      .execute();
  }
  const foreign = new Set<string>();
  for (const chunk of chunks(placed)) {
    const rows = await db
      .selectFrom('course_items')
      .select('item_id')
      .where(
        'item_id',
        'in',
        chunk.map(({ item }) => item.id),
      )
      .where('course_id', '<>', courseId)
      .execute();
    for (const row of rows) foreign.add(row.item_id);
  }
  if (foreign.size === 0) return;
  const message = 'This item id belongs to another course: give the item a new id';
  throw new GorodError(
    'CONFLICT',
    message,
    placed.filter(({ item }) => foreign.has(item.id)).map(({ path }) => issue([...path, 'id'], 'item_of_another_course', message)),
  );
}

/** Of `sessionIds`, those that are in-person classes (`course_class`) of the edition: one statement. */
export async function courseClassSessionIds(db: Db, editionId: string, sessionIds: readonly string[]): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('program_sessions')
    .select('id')
    .where('edition_id', '=', editionId)
    .where('kind', '=', 'course_class')
    .where('id', 'in', [...new Set(sessionIds)])
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Each class item's session as the lesson player shows it (time, room, status): one statement with its room. */
export async function classSessionInfo(db: Db, outline: Outline): Promise<ClassSessionInfo[]> {
  const ids = [...new Set(placedItems(outline).flatMap(({ item }) => sessionOfItem(item) ?? []))];
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('program_sessions')
    .innerJoin('rooms', 'rooms.id', 'program_sessions.room_id')
    .select(['program_sessions.id', 'program_sessions.title', 'program_sessions.starts_at', 'program_sessions.ends_at', 'program_sessions.status', 'rooms.name as room_name'])
    .where('program_sessions.id', 'in', ids)
    .orderBy('program_sessions.starts_at')
    .orderBy('program_sessions.id')
    .execute();
  return rows.map((row) => ({
    sessionId: row.id,
    title: toLocalized(row.title),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    // The contract's room name is one string: the room's Russian name, which every room has.
    roomName: toLocalized(row.room_name).ru,
    status: SessionStatusSchema.parse(row.status),
  }));
}

/**
 * The course a program session is a class of: one whose newest published version (not archived) has a
 * class item at that session, found through `course_items` and confirmed in that version's outline
 * (an item recorded only in a draft does not count). Null when none. One statement.
 */
export async function courseOfClassSession(db: Db, sessionId: string): Promise<string | null> {
  const rows = await db
    .selectFrom('course_items')
    .innerJoin('courses', 'courses.id', 'course_items.course_id')
    .innerJoin('course_versions', (join) =>
      join.onRef('course_versions.course_id', '=', 'courses.id').onRef('course_versions.number', '=', 'courses.published_version'),
    )
    .select(['courses.id', 'course_versions.outline'])
    .distinct()
    .where('course_items.session_id', '=', sessionId)
    .where('courses.archived_at', 'is', null)
    .orderBy('courses.id')
    .execute();
  const found = rows.find((row) => placedItems(parseJsonColumn(OutlineSchema, row.outline)).some(({ item }) => sessionOfItem(item) === sessionId));
  return found?.id ?? null;
}
