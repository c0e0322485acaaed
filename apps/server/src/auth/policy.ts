/** How long things last. One place, so the README and the tests can name them. */
export const authPolicy = {
  /** A session unused this long ends. */
  sessionIdleMs: 3 * 24 * 60 * 60 * 1000,
  /** A session ends this long after sign-in, however active. */
  sessionAbsoluteMs: 30 * 24 * 60 * 60 * 1000,
  /** last_seen_at is written at most this often, not on every request. */
  sessionTouchMs: 60 * 1000,
  /** An API token's last_used_at is written at most this often: a busy client must not write on every call. */
  tokenTouchMs: 60 * 1000,
  invitationMs: 14 * 24 * 60 * 60 * 1000,
  passwordResetMs: 60 * 60 * 1000,
  /**
   * Password checks per account from browsers it has not signed in from: 5 failures within 15 minutes lock
   * it for 1 minute, and each further lock in a row doubles, up to 15 minutes. A stranger can pause an
   * account, never hold it down; its owner's trusted browser is not bound by this lock at all.
   */
  accountThrottle: { limit: 5, windowMs: 15 * 60 * 1000, lockMs: 60 * 1000, maxLockMs: 15 * 60 * 1000 },
  /**
   * Password checks per client address from browsers without a device cookie for the account: 20 failures
   * within 15 minutes lock the address for 1 minute, doubling up to 15. A success gives its check back,
   * so a venue's Wi-Fi is slowed for guessers, not closed to people who know their password.
   */
  addressThrottle: { limit: 20, windowMs: 15 * 60 * 1000, lockMs: 60 * 1000, maxLockMs: 15 * 60 * 1000 },
  /** Password checks from one trusted browser (its own budget, OWASP "lock out untrusted clients"). */
  deviceThrottle: { limit: 5, windowMs: 15 * 60 * 1000, lockMs: 60 * 1000, maxLockMs: 15 * 60 * 1000 },
  /** The error says how many checks are left once this few remain, so nobody walks into a lock unwarned. */
  warnAttemptsLeft: 2,
  /** A browser that signed in stays trusted for its account this long after its last sign-in. */
  trustedDeviceMs: 365 * 24 * 60 * 60 * 1000,
  /** Password-reset requests per email: 6 an hour, so nobody’s inbox can be flooded. */
  resetThrottle: { limit: 6, windowMs: 60 * 60 * 1000, lockMs: 60 * 60 * 1000 },
} as const;

export const SESSION_COOKIE = 'gorod_session';
// The CSRF names are part of the API contract, so they live in the domain beside apiPath.
export { csrfCookieName as CSRF_COOKIE, csrfHeaderName as CSRF_HEADER } from '@gorod/domain';
/** OWASP's device cookie: this browser has signed in to the account before. */
export const DEVICE_COOKIE = 'gorod_device';
