import { GorodError, issue } from '@gorod/domain';

/**
 * Keyset cursors: the sort key of the last row of a page, as opaque base64url JSON. Stable while rows are
 * added or removed, unlike an offset.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<K extends readonly ('string' | 'number')[]>(
  cursor: string,
  shape: K,
): { [I in keyof K]: K[I] extends 'string' ? string : number } {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== shape.length || key.some((v, i) => typeof v !== shape[i])) {
    throw new GorodError('INVALID_INPUT', 'This cursor is not one the server gave out', [
      issue(['cursor'], 'invalid_cursor', 'Pass the nextCursor of the previous page, unchanged'),
    ]);
  }
  return key as never;
}
