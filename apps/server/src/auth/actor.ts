import { findActiveApiToken, findSession, touchApiToken, touchSession } from '@gorod/db';
import { type Actor, GorodError } from '@gorod/domain';
import type { RequestServices } from '../context.js';
import { authPolicy, SESSION_COOKIE } from './policy.js';
import { safeEqual, sha256 } from './secrets.js';

/** The caller, with what the session carries for CSRF checks and signing out. */
export type ResolvedActor =
  | { kind: 'anonymous' }
  | (Extract<Actor, { kind: 'session' }> & { sessionIdHash: string; csrfToken: string })
  | (Extract<Actor, { kind: 'token' }> & { tokenId: string });

export const API_TOKEN_PREFIX = 'gorod_';

/** `gorod_<id>.<secret>`: the id finds the row, the secret is compared by hash. */
export function parseApiToken(value: string): { id: string; secret: string } | undefined {
  const match = /^gorod_([A-Za-z0-9-]{1,64})\.([A-Za-z0-9_-]{20,100})$/.exec(value);
  return match ? { id: match[1]!, secret: match[2]! } : undefined;
}

const invalidToken = () => new GorodError('UNAUTHENTICATED', 'This API token is not valid or has been revoked');

/** Who is calling: an API token in `Authorization: Bearer`, else the session cookie, else nobody. */
export async function resolveActor(services: RequestServices): Promise<ResolvedActor> {
  const { db, http } = services;
  const now = services.now();
  const authorization = http.header('authorization');
  if (authorization) {
    const parsed = parseApiToken(authorization.replace(/^Bearer\s+/i, ''));
    if (!parsed) throw invalidToken();
    const token = await findActiveApiToken(db, parsed.id);
    if (!token || token.deactivatedAt || !safeEqual(token.secretHash, sha256(parsed.secret))) throw invalidToken();
    // Written at most once a minute: a client polling every second must not write on every call.
    if (!token.lastUsedAt || now.getTime() - new Date(token.lastUsedAt).getTime() > authPolicy.tokenTouchMs) {
      await touchApiToken(db, parsed.id, now.toISOString());
    }
    return { kind: 'token', userId: token.userId, roles: token.roles, scopes: token.scopes, tokenId: parsed.id };
  }

  const cookie = http.cookie(SESSION_COOKIE);
  if (!cookie) return { kind: 'anonymous' };
  const idHash = sha256(cookie);
  const session = await findSession(db, idHash);
  const idleLimit = new Date(now.getTime() - authPolicy.sessionIdleMs).toISOString();
  if (!session || session.deactivatedAt || session.expiresAt <= now.toISOString() || session.lastSeenAt <= idleLimit) {
    // An ended session is the same as none: the caller is anonymous, and a signed-in-only procedure says so.
    return { kind: 'anonymous' };
  }
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > authPolicy.sessionTouchMs) {
    await touchSession(db, idHash, now.toISOString());
  }
  return { kind: 'session', userId: session.userId, roles: session.roles, sessionIdHash: idHash, csrfToken: session.csrfToken };
}
