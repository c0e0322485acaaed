import { sql } from 'kysely';
import type { Db } from '../create-db.js';

export interface ThrottlePolicy {
  /** Password checks allowed within the window; the next one waits until the lock ends. */
  limit: number;
  windowMs: number;
  /** How long the first lock lasts. */
  lockMs: number;
  /** Each further lock in a row lasts twice the one before, up to this; without it, every lock lasts `lockMs`. */
  maxLockMs?: number;
}

/** How long the lock numbered `lockCount` (0 for the first) lasts. */
export function lockDurationMs(policy: ThrottlePolicy, lockCount: number): number {
  const max = policy.maxLockMs ?? policy.lockMs;
  return Math.min(policy.lockMs * 2 ** Math.min(lockCount, 30), max);
}

/** `CASE lock_count …`: the end of the next lock, as ISO text, written out per count so both dialects agree. */
function nextLockEnd(now: Date, policy: ThrottlePolicy) {
  const max = policy.maxLockMs ?? policy.lockMs;
  const at = (lockCount: number) => new Date(now.getTime() + lockDurationMs(policy, lockCount)).toISOString();
  const steps: ReturnType<typeof sql>[] = [];
  for (let count = 0; lockDurationMs(policy, count) < max; count++) steps.push(sql`when ${count} then ${at(count)}`);
  return steps.length === 0 ? sql<string>`${at(0)}` : sql<string>`case sign_in_failures.lock_count ${sql.join(steps, sql` `)} else ${at(steps.length)} end`;
}

export type Reservation = { reserved: true; attemptsLeft: number } | { reserved: false; lockedUntil: Date };

/**
 * Reserves one password check for `key`, or says until when it is locked. One statement (an upsert whose
 * update is guarded by a WHERE), so concurrent requests on any replica can never reserve more than
 * `policy.limit` checks per window: the database serialises them on the key's row. The reservation counts
 * as a failure unless it is refunded (`refundAttempt`) or the key is cleared after a success.
 */
export async function reserveAttempt(db: Db, key: string, now: Date, policy: ThrottlePolicy): Promise<Reservation> {
  const at = now.toISOString();
  const windowCutoff = new Date(now.getTime() - policy.windowMs).toISOString();
  const lockOver = sql<boolean>`(sign_in_failures.locked_until is not null and sign_in_failures.locked_until <= ${at})`;
  const windowOver = sql<boolean>`sign_in_failures.window_started_at <= ${windowCutoff}`;
  // A lock that has ended, or a window that has passed, starts a new count.
  const fresh = sql<boolean>`(${lockOver} or ${windowOver})`;
  for (let tries = 0; tries < 3; tries++) {
    const row = await db
      .insertInto('sign_in_failures')
      .values({ key, failures: 1, window_started_at: at, locked_until: null, lock_count: 0 })
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet({
            failures: sql<number>`case when ${fresh} then 1 else sign_in_failures.failures + 1 end`,
            window_started_at: sql<string>`case when ${fresh} then ${at} else sign_in_failures.window_started_at end`,
            locked_until: null,
            // Locks grow while they follow one another; a quiet window (no lock ending within it) forgets them.
            lock_count: sql<number>`case when ${windowOver} and (sign_in_failures.locked_until is null or sign_in_failures.locked_until <= ${windowCutoff}) then 0 else sign_in_failures.lock_count end`,
          })
          .where(sql<boolean>`(sign_in_failures.locked_until is null or sign_in_failures.locked_until <= ${at}) and (sign_in_failures.failures < ${policy.limit} or ${fresh})`),
      )
      .returning('failures')
      .executeTakeFirst();
    if (row) return { reserved: true, attemptsLeft: Math.max(0, policy.limit - Number(row.failures)) };

    const held = await db.selectFrom('sign_in_failures').select(['locked_until', 'lock_count']).where('key', '=', key).executeTakeFirst();
    if (held?.locked_until && new Date(held.locked_until) > now) return { reserved: false, lockedUntil: new Date(held.locked_until) };
    // The last checks of the window are still being verified: the lock they are about to set.
    if (held) return { reserved: false, lockedUntil: new Date(now.getTime() + lockDurationMs(policy, Number(held.lock_count))) };
    // Cleared by a success in between: try again.
  }
  return { reserved: false, lockedUntil: new Date(now.getTime() + policy.lockMs) };
}

/**
 * After a reserved check failed: locks `key` if the window's checks are used up. Only the first of several
 * concurrent failures sets the lock (the others find it set), so one burst counts as one lock.
 */
export async function lockIfExhausted(db: Db, key: string, now: Date, policy: ThrottlePolicy): Promise<void> {
  await db
    .updateTable('sign_in_failures')
    .set({ locked_until: nextLockEnd(now, policy), lock_count: sql<number>`lock_count + 1` })
    .where('key', '=', key)
    .where('failures', '>=', policy.limit)
    .where('locked_until', 'is', null)
    .execute();
}

/** Gives back a reservation that checked no password, or whose check succeeded, so it is not a failure. */
export async function refundAttempt(db: Db, key: string): Promise<void> {
  await db
    .updateTable('sign_in_failures')
    .set({ failures: sql<number>`failures - 1` })
    .where('key', '=', key)
    .where('failures', '>', 0)
    .execute();
}

/** When `key` (an account or an address) may try again, if it is locked at `now`. */
export async function lockedUntil(db: Db, key: string, now: Date): Promise<Date | undefined> {
  const row = await db.selectFrom('sign_in_failures').select('locked_until').where('key', '=', key).executeTakeFirst();
  if (!row?.locked_until) return undefined;
  const until = new Date(row.locked_until);
  return until > now ? until : undefined;
}

/** The locks in force at `now` among `keys`, by key. */
export async function locksInForce(db: Db, keys: readonly string[], now: Date): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('sign_in_failures')
    .select(['key', 'locked_until'])
    .where('key', 'in', keys)
    .where('locked_until', '>', now.toISOString())
    .execute();
  return new Map(rows.flatMap((row) => (row.locked_until ? [[row.key, row.locked_until] as const] : [])));
}

/**
 * Counts a request against `key` (used for password-reset requests, where nothing is verified), locking it
 * once the policy's limit is reached. One statement, like `reserveAttempt`, so no count is lost.
 */
export async function recordSignInFailure(db: Db, key: string, now: Date, policy: ThrottlePolicy): Promise<void> {
  const reservation = await reserveAttempt(db, key, now, policy);
  if (reservation.reserved) await lockIfExhausted(db, key, now, policy);
}

export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}

export async function clearSignInFailuresOf(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await db.deleteFrom('sign_in_failures').where('key', 'in', keys).execute();
}
