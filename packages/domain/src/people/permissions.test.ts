import { describe, expect, it } from 'vitest';
import {
  canEndSession,
  canManagePeople,
  canManagePerson,
  canReadAudit,
  canRevokeToken,
  canSeePerson,
  canSeeSession,
  canSeeToken,
  type PermissionActor,
} from './permissions.js';

const anonymous: PermissionActor = { kind: 'anonymous' };
const learner: PermissionActor = { kind: 'session', userId: 'u1', roles: ['learner'] };
const learnerByToken: PermissionActor = { kind: 'token', userId: 'u1', roles: ['learner'] };
const otherLearner: PermissionActor = { kind: 'session', userId: 'u3', roles: ['learner'] };
const organizer: PermissionActor = { kind: 'session', userId: 'u2', roles: ['learner', 'organizer'] };
const ownedByLearner = { userId: 'u1' };

describe('people permissions', () => {
  it('let only organizers manage people and read the audit log', () => {
    expect([anonymous, learner, otherLearner, organizer].map(canManagePeople)).toEqual([false, false, false, true]);
    expect([anonymous, learner, organizer].map(canReadAudit)).toEqual([false, false, true]);
  });

  it('show a person to organizers and to themself, and let only organizers manage them', () => {
    expect(canSeePerson(learner, { id: 'u1' })).toBe(true);
    expect(canSeePerson(otherLearner, { id: 'u1' })).toBe(false);
    expect(canSeePerson(organizer, { id: 'u1' })).toBe(true);
    expect(canManagePerson(learner, { id: 'u1' })).toBe(false);
    expect(canManagePerson(organizer, { id: 'u1' })).toBe(true);
    expect(canSeePerson(anonymous, { id: 'u1' })).toBe(false);
  });

  it('show a token to its owner only, not even to an organizer, and let only a browser session revoke it', () => {
    expect(canSeeToken(learner, ownedByLearner)).toBe(true);
    expect(canSeeToken(otherLearner, ownedByLearner)).toBe(false);
    expect(canSeeToken(organizer, ownedByLearner)).toBe(false);
    expect(canRevokeToken(learner, ownedByLearner)).toBe(true);
    expect(canRevokeToken(learnerByToken, ownedByLearner)).toBe(false);
    expect(canRevokeToken(anonymous, ownedByLearner)).toBe(false);
  });

  it('show a sign-in session to its person only, who may end it from a browser', () => {
    expect(canSeeSession(learner, ownedByLearner)).toBe(true);
    expect(canSeeSession(organizer, ownedByLearner)).toBe(false);
    expect(canEndSession(learner, ownedByLearner)).toBe(true);
    expect(canEndSession(learnerByToken, ownedByLearner)).toBe(false);
    expect(canEndSession(otherLearner, ownedByLearner)).toBe(false);
  });
});
