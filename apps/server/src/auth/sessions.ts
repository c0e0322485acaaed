import { deleteSession, insertSession } from '@gorod/db';
import type { RequestServices } from '../context.js';
import { authPolicy, CSRF_COOKIE, SESSION_COOKIE } from './policy.js';
import { newSecret, sha256 } from './secrets.js';

/**
 * Signs `userId` in: a new session id every time (so an id planted before sign-in is worthless), stored
 * only as its hash, sent as an HttpOnly, SameSite=Lax cookie (Secure behind HTTPS).
 */
export async function startSession(services: RequestServices, userId: string): Promise<{ csrfToken: string }> {
  const now = services.now();
  const secret = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + authPolicy.sessionAbsoluteMs);
  await insertSession(services.db, {
    idHash: sha256(secret),
    userId,
    csrfToken,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  const cookie = { path: '/', sameSite: 'lax', secure: services.http.secure, expires: expiresAt } as const;
  services.http.setCookie(SESSION_COOKIE, secret, { ...cookie, httpOnly: true });
  services.http.setCookie(CSRF_COOKIE, csrfToken, { ...cookie, httpOnly: false });
  return { csrfToken };
}

export async function endSession(services: RequestServices, sessionIdHash: string | undefined): Promise<void> {
  if (sessionIdHash) await deleteSession(services.db, sessionIdHash);
  services.http.clearCookie(SESSION_COOKIE);
  services.http.clearCookie(CSRF_COOKIE);
}

/** The cookie's session, if any, whatever its state: signing out must work with an expired one too. */
export function sessionIdHashOf(services: RequestServices): string | undefined {
  const cookie = services.http.cookie(SESSION_COOKIE);
  return cookie ? sha256(cookie) : undefined;
}
