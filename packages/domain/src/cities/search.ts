/**
 * Folds text the way the directory's search compares it: lower case, `ё` as `е`, spaces collapsed.
 * Both the stored names and the query go through this, so the comparison is the same on every database.
 *
 * @example
 * normalizeSearchText('  Королёв ') // 'королев'
 */
export function normalizeSearchText(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}
