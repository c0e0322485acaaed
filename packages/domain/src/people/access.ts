import type { Role } from './schemas.js';
import type { TokenScope } from './tokens.js';

/**
 * Who may call a procedure, declared beside it:
 * - `public`: anyone, signed in or not;
 * - `signedIn`: any active user (by session, or by API token carrying `scope`);
 * - `role`: a user holding one of `roles` (by token too, if it carries `scope`).
 * Ownership ("their own enrolment", "the course they author") is checked inside the procedure on top.
 * Without `scope`, an API token may not call the procedure at all: only a browser session may.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn'; scope?: TokenScope }
  | { kind: 'role'; roles: readonly Role[]; scope?: TokenScope };

/** Who is calling: nobody, a user in a browser session, or a user through an API token. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'session'; userId: string; roles: readonly Role[] }
  | { kind: 'token'; userId: string; roles: readonly Role[]; scopes: readonly TokenScope[] };

export type AccessDecision =
  | { allowed: true }
  | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string };

/** Whether `actor` may call a procedure declared with `access`, and if not, why. */
export function decideAccess(access: Access, actor: Actor): AccessDecision {
  if (access.kind === 'public') return { allowed: true };
  if (actor.kind === 'anonymous') return { allowed: false, code: 'UNAUTHENTICATED', reason: 'Sign in first' };
  if (actor.kind === 'token') {
    if (!access.scope) return { allowed: false, code: 'FORBIDDEN', reason: 'API tokens may not call this; sign in' };
    if (!actor.scopes.includes(access.scope)) {
      return { allowed: false, code: 'FORBIDDEN', reason: `This token lacks the scope ${access.scope}` };
    }
  }
  if (access.kind === 'role' && !access.roles.some((role) => actor.roles.includes(role))) {
    return { allowed: false, code: 'FORBIDDEN', reason: `Only a ${access.roles.join(' or ')} may do this` };
  }
  return { allowed: true };
}
