import type { Outline } from '@gorod/domain';
import type { Db } from '../create-db.js';
import { outlineKey } from './enrollments.js';
import { parseOutlineText } from './outline-text.js';

/** How many published outlines each database keeps: more than the versions learners study at once. */
const keptPerDatabase = 256;
const keptByDatabase = new WeakMap<object, Map<string, Outline>>();

/**
 * The outlines of published (or archived) versions by `outlineKey`, kept in memory per database: a
 * version's outline never changes once it is published (only a draft's is written), so ingestion reads
 * each from the database once instead of with every batch — an outline holds every article's Markdown,
 * often tens of kilobytes. The ones not kept yet are read in one statement; a draft is never kept.
 */
export async function publishedOutlines(db: Db, versions: ReadonlyArray<{ courseId: string; version: number }>): Promise<Map<string, Outline>> {
  // A transaction shares its database's adapter object: the key that keeps two databases apart.
  const adapter = db.getExecutor().adapter;
  const kept = keptByDatabase.get(adapter) ?? new Map<string, Outline>();
  keptByDatabase.set(adapter, kept);

  const found = new Map<string, Outline>();
  const missing: Array<{ courseId: string; version: number }> = [];
  for (const v of versions) {
    const outline = kept.get(outlineKey(v.courseId, v.version));
    if (outline) found.set(outlineKey(v.courseId, v.version), outline);
    else missing.push(v);
  }
  if (missing.length === 0) return found;

  const rows = await db
    .selectFrom('course_versions')
    .select(['course_id', 'number', 'status', 'outline'])
    .where((eb) => eb.or(missing.map((v) => eb.and([eb('course_id', '=', v.courseId), eb('number', '=', v.version)]))))
    .execute();
  for (const row of rows) {
    const key = outlineKey(row.course_id, Number(row.number));
    const outline = parseOutlineText(row.outline);
    found.set(key, outline);
    if (row.status === 'draft') continue;
    if (kept.size >= keptPerDatabase) kept.delete(kept.keys().next().value!);
    kept.set(key, outline);
  }
  return found;
}
