import { clearSignInFailures, type Db, lockIfExhausted, refundAttempt, reserveAttempt, type ThrottlePolicy } from '@gorod/db';
import { GorodError } from '@gorod/domain';
import type { RequestServices } from '../context.js';
import { authPolicy } from './policy.js';

/** A throttle key, its policy, and what a success does to it: clear the key's failures, or give the check back. */
export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
  onSuccess: 'clear' | 'refund';
}

export const accountKey = (email: string): ThrottleKey => ({ key: `account:${email}`, policy: authPolicy.accountThrottle, onSuccess: 'clear' });
export const addressKey = (ip: string): ThrottleKey => ({ key: `address:${ip}`, policy: authPolicy.addressThrottle, onSuccess: 'refund' });
export const deviceKey = (idHash: string): ThrottleKey => ({ key: `device:${idHash}`, policy: authPolicy.deviceThrottle, onSuccess: 'clear' });

/** One password check, reserved on every key it counts against. */
export interface ReservedCheck {
  /** Checks left on the tightest key after this one, if it fails. */
  attemptsLeft: number;
  /** The check failed: it stays counted, and locks the keys whose window is used up. */
  failed(db: Db): Promise<void>;
  /** The check succeeded: account and device keys are cleared, the address gets its check back. */
  succeeded(db: Db): Promise<void>;
  /** No password was checked after all (the server was too busy): every key gets its check back. */
  released(db: Db): Promise<void>;
}

export function tooManyAttempts(services: RequestServices, until: Date): GorodError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - services.now().getTime()) / 1000));
  services.http.setHeader('retry-after', String(retryAfterSeconds));
  return new GorodError('TOO_MANY_REQUESTS', `Too many failed attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} min`, [], {
    retryAfterSeconds,
  });
}

/**
 * Reserves one password check on each key (atomically per key), or refuses with 429 and gives back what it
 * had reserved. A password may be verified only after this succeeds: that is what keeps the number of
 * checks within each key's limit under any concurrency or batching.
 */
export async function reservePasswordCheck(services: RequestServices, keys: readonly ThrottleKey[]): Promise<ReservedCheck> {
  const now = services.now();
  const reserved: ThrottleKey[] = [];
  let attemptsLeft = Number.POSITIVE_INFINITY;
  for (const key of keys) {
    const reservation = await reserveAttempt(services.db, key.key, now, key.policy);
    if (!reservation.reserved) {
      for (const taken of reserved) await refundAttempt(services.db, taken.key);
      throw tooManyAttempts(services, reservation.lockedUntil);
    }
    reserved.push(key);
    attemptsLeft = Math.min(attemptsLeft, reservation.attemptsLeft);
  }
  return {
    attemptsLeft,
    async failed(db) {
      for (const key of reserved) await lockIfExhausted(db, key.key, services.now(), key.policy);
    },
    async succeeded(db) {
      for (const key of reserved) {
        if (key.onSuccess === 'clear') await clearSignInFailures(db, key.key);
        else await refundAttempt(db, key.key);
      }
    },
    async released(db) {
      for (const key of reserved) await refundAttempt(db, key.key);
    },
  };
}

/** Verifies a password within a reserved check; if the check never ran (busy server), the reservation is given back. */
export async function verifyWithin(services: RequestServices, check: ReservedCheck, verify: () => Promise<boolean>): Promise<boolean> {
  try {
    return await verify();
  } catch (error) {
    await check.released(services.db);
    throw error;
  }
}

/** What a failed check tells the person: how many checks are left, once few remain. */
export const attemptsLeftDetails = (check: ReservedCheck): { attemptsLeft: number } | undefined =>
  check.attemptsLeft <= authPolicy.warnAttemptsLeft ? { attemptsLeft: check.attemptsLeft } : undefined;
