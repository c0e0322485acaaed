import { describe, expect, it } from 'vitest';
import { editionPhase, pickCurrentEdition } from './current-edition.js';

const edition = (id: string, startDate: string, endDate: string) => ({
  id,
  startDate,
  endDate,
  timeZone: 'Asia/Yekaterinburg',
});

describe('pickCurrentEdition', () => {
  const editions = [edition('2025', '2025-11-20', '2025-11-21'), edition('2026', '2026-11-27', '2026-11-28')];

  it('picks the edition under way, judged in the venue’s time zone', () => {
    // 20:00 UTC on the 26th is already 01:00 on the 27th in Yekaterinburg.
    expect(pickCurrentEdition(editions, new Date('2026-11-26T20:00:00Z'))?.id).toBe('2026');
    expect(editionPhase(editions[1]!, new Date('2026-11-26T20:00:00Z'))).toBe('running');
    expect(editionPhase(editions[1]!, new Date('2026-11-26T18:00:00Z'))).toBe('upcoming');
  });

  it('picks the next edition between two, and the latest once all have ended', () => {
    expect(pickCurrentEdition(editions, new Date('2026-03-01T00:00:00Z'))?.id).toBe('2026');
    expect(pickCurrentEdition(editions, new Date('2027-03-01T00:00:00Z'))?.id).toBe('2026');
    expect(editionPhase(editions[1]!, new Date('2027-03-01T00:00:00Z'))).toBe('ended');
  });

  it('gives nothing when there are no editions', () => {
    expect(pickCurrentEdition([], new Date())).toBeUndefined();
  });
});
