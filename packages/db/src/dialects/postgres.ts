import { PostgresDialect } from 'kysely';
import pg from 'pg';

// COUNT(*) and BIGINT come back from PostgreSQL as strings (they may exceed 2^53); our counts never do,
// and SQLite returns numbers, so parse them here to keep both dialects alike.
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number.parseInt(value, 10) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export function postgresDialect(url: string, poolMax = 10): PostgresDialect {
  return new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: poolMax, types }) });
}

/** Whether a PostgreSQL error is a unique or primary-key violation (SQLSTATE 23505, unique_violation). */
export function isPostgresUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}
