import { GorodError, issue, text } from '@gorod/domain';
import { z } from 'zod';

type KeyPart = 'string' | 'number';

// What a cursor's key may hold, on both dialects: strings the text rule accepts (a NUL would reach
// PostgreSQL as "invalid byte sequence") and safe integers (1.5, 1e400 = Infinity or 2^53 would be
// compared with an integer column and fail there, or round differently on each database).
const keyPartSchemas: Record<KeyPart, z.ZodType> = {
  string: text({ max: 200, trim: false, normalize: false }),
  number: z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
};

/**
 * Keyset cursors: the sort key of the last row of a page, as opaque base64url JSON. Stable while rows are
 * added or removed, unlike an offset.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The key a cursor holds, checked against `shape` in this one place: junk base64, JSON of another shape,
 * a fraction, a non-finite or unsafe number are all a 400 with an `invalid_cursor` issue at `cursor`.
 */
export function decodeCursor<K extends readonly KeyPart[]>(
  cursor: string,
  shape: K,
): { [I in keyof K]: K[I] extends 'string' ? string : number } {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const schema = z.tuple(shape.map((part) => keyPartSchemas[part]) as [z.ZodType, ...z.ZodType[]]);
  const parsed = schema.safeParse(key);
  if (!parsed.success) {
    throw new GorodError('INVALID_INPUT', 'This cursor is not one the server gave out', [
      issue(['cursor'], 'invalid_cursor', 'Pass the nextCursor of the previous page, unchanged'),
    ]);
  }
  return parsed.data as never;
}
