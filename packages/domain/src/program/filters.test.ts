import { describe, expect, it } from 'vitest';
import { matchesProgramFilters } from './filters.js';
import { sessionDay } from './session-day.js';

const session = {
  title: { ru: 'Малые города: новая жизнь', en: 'Small towns: a new life', zh: '小城市的新生活' },
  startsAt: '2026-11-27T20:30:00.000Z',
  roomId: 'hall-a',
  trackIds: ['small-towns'],
  kind: 'panel' as const,
  languages: ['ru' as const, 'zh' as const],
  speakerIds: ['sp1'],
};
const speakers = new Map([['sp1', { name: { ru: 'Пётр Королёв', en: 'Pyotr Korolev', zh: '彼得·科罗廖夫' } }]]);
const tz = 'Asia/Yekaterinburg';

describe('matchesProgramFilters', () => {
  it('finds a session by its title or its speaker in any of the three languages, folding case and ё', () => {
    for (const query of ['малые', 'SMALL TOWNS', '小城市', 'королев', 'KOROLEV', '科罗廖夫']) {
      expect(matchesProgramFilters(session, { query }, speakers, tz)).toBe(true);
    }
    expect(matchesProgramFilters(session, { query: 'туризм' }, speakers, tz)).toBe(false);
  });

  it('applies day, track, room, kind and language together, reading the day in the forum zone', () => {
    // 20:30 UTC on the 27th is 01:30 on the 28th in Yekaterinburg.
    expect(sessionDay(session, tz)).toBe('2026-11-28');
    expect(matchesProgramFilters(session, { day: '2026-11-28', trackId: 'small-towns', roomId: 'hall-a', kind: 'panel', language: 'zh' }, speakers, tz)).toBe(true);
    expect(matchesProgramFilters(session, { day: '2026-11-27' }, speakers, tz)).toBe(false);
    expect(matchesProgramFilters(session, { language: 'en' }, speakers, tz)).toBe(false);
    expect(matchesProgramFilters(session, { kind: 'plenary' }, speakers, tz)).toBe(false);
  });
});
