import type { Db } from '../create-db.js';

export interface ThrottlePolicy {
  /** Failures allowed within the window before the key is locked. */
  limit: number;
  windowMs: number;
  lockMs: number;
}

/** When `key` (an account or an address) may try again, if it is locked at `now`. */
export async function lockedUntil(db: Db, key: string, now: Date): Promise<Date | undefined> {
  const row = await db.selectFrom('sign_in_failures').select('locked_until').where('key', '=', key).executeTakeFirst();
  if (!row?.locked_until) return undefined;
  const until = new Date(row.locked_until);
  return until > now ? until : undefined;
}

/** Counts a failed sign-in against `key`, locking it once the policy's limit is reached. */
export async function recordSignInFailure(db: Db, key: string, now: Date, policy: ThrottlePolicy): Promise<void> {
  const row = await db.selectFrom('sign_in_failures').select(['failures', 'window_started_at']).where('key', '=', key).executeTakeFirst();
  const windowOpen = row && now.getTime() - new Date(row.window_started_at).getTime() < policy.windowMs;
  const failures = windowOpen ? row.failures + 1 : 1;
  const values = {
    failures,
    window_started_at: windowOpen ? row.window_started_at : now.toISOString(),
    locked_until: failures >= policy.limit ? new Date(now.getTime() + policy.lockMs).toISOString() : null,
  };
  await db
    .insertInto('sign_in_failures')
    .values({ key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}

export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}
