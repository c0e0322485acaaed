import { describe, expect, it } from 'vitest';
import { canAssignDelegation, canSeeDelegations } from './permissions.js';

describe('delegation permissions', () => {
  it('lets anyone, even the anonymous, see the delegation directory', () => {
    expect(canSeeDelegations({ kind: 'anonymous' })).toBe(true);
  });

  it('lets an organizer assign a person to a delegation and nobody else', () => {
    expect(canAssignDelegation({ kind: 'session', userId: 'o', roles: ['organizer'] }, { id: 'p' })).toBe(true);
    expect(canAssignDelegation({ kind: 'session', userId: 'p', roles: ['participant'] }, { id: 'p' })).toBe(false);
    expect(canAssignDelegation({ kind: 'anonymous' }, { id: 'p' })).toBe(false);
  });
});
