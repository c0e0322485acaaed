import { describe, expect, it } from 'vitest';
import { type Actor, decideAccess } from './access.js';
import type { TokenScope } from './tokens.js';

const anonymous: Actor = { kind: 'anonymous' };
const learner: Actor = { kind: 'session', userId: 'u1', roles: ['learner'] };
const organizer: Actor = { kind: 'session', userId: 'u2', roles: ['learner', 'organizer'] };
const token = (scopes: TokenScope[]): Actor => ({
  kind: 'token',
  userId: 'u1',
  roles: ['learner'],
  scopes,
});

describe('decideAccess', () => {
  it('lets anyone call a public procedure', () => {
    expect(decideAccess({ kind: 'public' }, anonymous).allowed).toBe(true);
  });

  it('asks an anonymous caller to sign in, and refuses a user without the role', () => {
    expect(decideAccess({ kind: 'signedIn' }, anonymous)).toMatchObject({ allowed: false, code: 'UNAUTHENTICATED' });
    expect(decideAccess({ kind: 'role', roles: ['organizer'] }, learner)).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(decideAccess({ kind: 'role', roles: ['organizer'] }, organizer).allowed).toBe(true);
  });

  it('lets a token in only with the declared scope, and never where no scope is declared', () => {
    expect(decideAccess({ kind: 'signedIn', scope: 'profile:read' }, token(['profile:read'])).allowed).toBe(true);
    expect(decideAccess({ kind: 'signedIn', scope: 'profile:read' }, token(['program:read']))).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('profile:read'),
    });
    expect(decideAccess({ kind: 'signedIn' }, token(['profile:read', 'program:read'])).allowed).toBe(false);
  });
});
