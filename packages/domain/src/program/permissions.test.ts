import { describe, expect, it } from 'vitest';
import type { PermissionActor } from '../people/permissions.js';
import { canCancelRegistration, canEditProgram, canReadFeedbackSummary, canSeeRegistration } from './permissions.js';

const anonymous: PermissionActor = { kind: 'anonymous' };
const learner: PermissionActor = { kind: 'session', userId: 'u-learner', roles: ['learner'] };
const organizer: PermissionActor = { kind: 'session', userId: 'u-organizer', roles: ['organizer'] };
const token: PermissionActor = { kind: 'token', userId: 'u-learner', roles: ['learner'] };

describe('program permissions', () => {
  it('lets only organizers edit the program', () => {
    expect([anonymous, learner, token, organizer].map(canEditProgram)).toEqual([false, false, false, true]);
  });

  it('lets organizers and the session’s linked speakers read its feedback summary, and nobody else', () => {
    const spokenByLearner = { speakerUserIds: ['u-speaker', 'u-learner'] };
    const spokenByOthers = { speakerUserIds: ['u-speaker'] };
    expect([anonymous, learner, token, organizer].map((actor) => canReadFeedbackSummary(actor, spokenByOthers))).toEqual([false, false, false, true]);
    expect([anonymous, learner, token, organizer].map((actor) => canReadFeedbackSummary(actor, spokenByLearner))).toEqual([false, true, true, true]);
    expect(canReadFeedbackSummary(learner, { speakerUserIds: [] })).toBe(false);
  });

  it('shows a registration to its person and to organizers, and lets only its person cancel it', () => {
    const mine = { userId: 'u-learner' };
    const theirs = { userId: 'u-someone' };
    expect(canSeeRegistration(learner, mine)).toBe(true);
    expect(canSeeRegistration(learner, theirs)).toBe(false);
    expect(canSeeRegistration(organizer, theirs)).toBe(true);
    expect(canSeeRegistration(anonymous, mine)).toBe(false);
    expect(canCancelRegistration(token, mine)).toBe(true);
    expect(canCancelRegistration(organizer, theirs)).toBe(false);
  });
});
