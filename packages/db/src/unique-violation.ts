import { GorodError, type Issue } from '@gorod/domain';
import { isPostgresUniqueViolation } from './dialects/postgres.js';
import { isSqliteUniqueViolation } from './dialects/sqlite.js';

/**
 * Whether `error` is a unique-key violation on either database. Two requests that both checked that a
 * key was free can still both insert it; the database lets one win and refuses the other with this.
 */
export function isUniqueViolation(error: unknown): boolean {
  return isSqliteUniqueViolation(error) || isPostgresUniqueViolation(error);
}

/**
 * Runs a write, turning a unique-key violation into a `CONFLICT` naming the field, so a race answers
 * like the check that lost it instead of with a 500. Any other error passes through unchanged.
 */
export async function conflictOnUniqueViolation<T>(write: () => Promise<T>, message: string, conflict: Issue): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new GorodError('CONFLICT', message, [conflict]);
    throw error;
  }
}
