import type { Page } from '@gorod/domain';
import { type SelectQueryBuilder, sql } from 'kysely';
import { decodeCursor, encodeCursor } from './cursor.js';

/** One column of a keyset: its reference in the query, its order, and its value in a row. */
export interface KeysetColumn<Row> {
  /** `table.column` as the query names it: compared and ordered by. */
  column: string;
  direction: 'asc' | 'desc';
  /** What the cursor holds for it, checked when decoded. */
  kind: 'string' | 'number';
  value: (row: Row) => string | number;
}

/**
 * The one keyset pager: orders `query` by the two key columns (the second unique, to break ties), starts
 * after the cursor's key, reads one row more than `limit` to know whether a next page exists, and counts
 * every row the query's filters match. `toItem` turns a page's rows into items (in one call, so it can
 * read what hangs off them in one query).
 */
export async function paginate<DB, TB extends keyof DB, Row, Item>(
  query: SelectQueryBuilder<DB, TB, Row>,
  page: { limit: number; cursor?: string | undefined },
  keys: readonly [KeysetColumn<Row>, KeysetColumn<Row>],
  toItems: (rows: Row[]) => Item[] | Promise<Item[]>,
): Promise<Page<Item>> {
  const [first, second] = keys;
  let rows = query;
  if (page.cursor) {
    const [a, b] = decodeCursor(page.cursor, [first.kind, second.kind] as const);
    const after = (direction: 'asc' | 'desc') => sql.raw(direction === 'asc' ? '>' : '<');
    rows = rows.where(
      sql<boolean>`(${sql.ref(first.column)} ${after(first.direction)} ${a} or (${sql.ref(first.column)} = ${a} and ${sql.ref(second.column)} ${after(second.direction)} ${b}))`,
    );
  }
  // Kysely cannot resolve a selection on a generic table set; the count's shape is known.
  const counted = query.clearSelect().clearOrderBy().select(sql`count(*)`.as('total')).$castTo<{ total: number | string | bigint }>();
  const [found, count] = await Promise.all([
    rows
      .orderBy(sql.ref(first.column), first.direction)
      .orderBy(sql.ref(second.column), second.direction)
      .limit(page.limit + 1)
      .execute(),
    counted.executeTakeFirstOrThrow(),
  ]);
  const pageRows = found.slice(0, page.limit);
  const last = pageRows.at(-1);
  return {
    items: await toItems(pageRows),
    nextCursor: found.length > page.limit && last ? encodeCursor([first.value(last), second.value(last)]) : null,
    total: Number(count.total),
  };
}
