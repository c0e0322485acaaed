import { normalizeSearchText } from '@gorod/domain';
import { type RawBuilder, sql } from 'kysely';

/**
 * `column LIKE '%text%'` over a column of text folded by `normalizeSearchText`, with the user's text
 * matched literally (LIKE's wildcards and the escape character escaped). The same on both dialects.
 */
export function foldedContains(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${normalizeSearchText(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
