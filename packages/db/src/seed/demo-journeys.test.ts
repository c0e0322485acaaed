import { OutlineSchema } from '@gorod/domain';
import { describe, expect, it } from 'vitest';
import { hubSettlementsCourse } from './courses/hub-settlements.js';
import { type ClassSession, demoJourney, journeyProfiles } from './demo-journeys.js';

const outline = OutlineSchema.parse(hubSettlementsCourse.versions[0]);
const finished = journeyProfiles.find((p) => p.name === 'finished')!;
const classAt = (startsAt: string): ReadonlyMap<string, ClassSession> =>
  new Map([['d1-class-1', { startsAt: new Date(startsAt), endsAt: new Date(new Date(startsAt).getTime() + 3_600_000) }]]);
const now = new Date('2026-11-29T12:00:00Z');
const start = new Date('2026-11-10T08:00:00Z');

describe('a demo learner’s journey', () => {
  it('attends a class that is over when given a seat, goes on past it, and stops before a module that opens later', () => {
    const journey = demoJourney(outline, finished, { start, now, seed: 1, sessions: classAt('2026-11-27T05:00:00Z'), attend: () => true });
    expect(journey.attended.map((a) => a.sessionId)).toEqual(['d1-class-1']);
    const items = new Set(journey.events.map((e) => e.itemId));
    expect(items.has('hubs-project-passport')).toBe(true);
    expect(items.has('hubs-homework')).toBe(false);
    for (const e of journey.events) expect(e.at.getTime()).toBeLessThan(now.getTime());
  });

  it('never attends a class still to come or one without a seat, and then waits at the module behind it', () => {
    for (const [sessions, attend] of [
      [classAt('2026-11-30T05:00:00Z'), () => true],
      [classAt('2026-11-27T05:00:00Z'), () => false],
    ] as const) {
      const journey = demoJourney(outline, finished, { start, now, seed: 1, sessions, attend });
      expect(journey.attended).toEqual([]);
      expect(journey.events.filter((e) => e.itemId === 'hubs-class').map((e) => e.kind)).toEqual(['item.opened']);
      expect(journey.events.some((e) => e.itemId.startsWith('hubs-project'))).toBe(false);
    }
  });

  it('is the same journey for the same learner and clock', () => {
    const options = { start, now, seed: 7, sessions: classAt('2026-11-27T05:00:00Z'), attend: () => true };
    for (const profile of journeyProfiles) expect(demoJourney(outline, profile, options)).toEqual(demoJourney(outline, profile, options));
  });
});
