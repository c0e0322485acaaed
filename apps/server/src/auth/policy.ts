/** How long things last. One place, so the README and the tests can name them. */
export const authPolicy = {
  /** A session unused this long ends. */
  sessionIdleMs: 3 * 24 * 60 * 60 * 1000,
  /** A session ends this long after sign-in, however active. */
  sessionAbsoluteMs: 30 * 24 * 60 * 60 * 1000,
  /** last_seen_at is written at most this often, not on every request. */
  sessionTouchMs: 60 * 1000,
  invitationMs: 14 * 24 * 60 * 60 * 1000,
  passwordResetMs: 60 * 60 * 1000,
  /** Failed sign-ins per account: 5 in 15 minutes lock it for 15 minutes. */
  accountThrottle: { limit: 5, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 },
  /** Failed sign-ins per client address: 20 in 15 minutes lock it for 15 minutes. */
  addressThrottle: { limit: 20, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 },
  /** Password-reset requests per email: 6 an hour, so nobody’s inbox can be flooded. */
  resetThrottle: { limit: 6, windowMs: 60 * 60 * 1000, lockMs: 60 * 60 * 1000 },
} as const;

export const SESSION_COOKIE = 'gorod_session';
// The CSRF names are part of the API contract, so they live in the domain beside apiPath.
export { csrfCookieName as CSRF_COOKIE, csrfHeaderName as CSRF_HEADER } from '@gorod/domain';
