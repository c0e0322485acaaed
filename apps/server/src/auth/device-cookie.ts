import { findTrustedDeviceUser, insertTrustedDevice, renewTrustedDevice } from '@gorod/db';
import type { RequestServices } from '../context.js';
import { authPolicy, DEVICE_COOKIE } from './policy.js';
import { newSecret, sha256 } from './secrets.js';

/**
 * OWASP's device cookie: a browser that has signed in to an account gets a long-lived random cookie, stored
 * only as its hash with the account's id. Presented again when signing in to that account, it exempts the
 * attempt from the address limit and the account lock (it has its own budget instead), so strangers
 * guessing on the same Wi-Fi or at the same account cannot lock its owner out.
 */

/** The hash of this request's device cookie, if it was issued to `userId` and has not expired. */
export async function trustedDeviceOf(services: RequestServices, userId: string): Promise<string | undefined> {
  const cookie = services.http.cookie(DEVICE_COOKIE);
  if (!cookie) return undefined;
  const idHash = sha256(cookie);
  const owner = await findTrustedDeviceUser(services.db, idHash, services.now().toISOString());
  return owner === userId ? idHash : undefined;
}

/** After a successful sign-in: renews this browser's trust for the account, or issues it a device cookie. */
export async function trustThisDevice(services: RequestServices, userId: string, trusted: string | undefined): Promise<void> {
  const now = services.now();
  const expiresAt = new Date(now.getTime() + authPolicy.trustedDeviceMs);
  if (trusted) {
    await renewTrustedDevice(services.db, trusted, now.toISOString(), expiresAt.toISOString());
    return;
  }
  const secret = newSecret();
  await insertTrustedDevice(services.db, { idHash: sha256(secret), userId, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
  // One device cookie per browser: signing in to another account moves it there.
  services.http.setCookie(DEVICE_COOKIE, secret, { path: '/', sameSite: 'lax', secure: services.http.secure, httpOnly: true, expires: expiresAt });
}
