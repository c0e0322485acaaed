import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findProgramConflicts } from './conflicts.js';

const edition = { startDate: '2026-11-27', endDate: '2026-11-28', timeZone: 'Asia/Yekaterinburg' };
// 10:00 in Yekaterinburg (UTC+5) is 05:00 UTC.
const at = (day: 27 | 28, hour: number) => new Date(Date.UTC(2026, 10, day, hour - 5)).toISOString();
const session = (id: string, startsAt: string, endsAt: string, extra: { roomId?: string; speakerIds?: string[]; status?: 'scheduled' | 'cancelled' } = {}) => ({
  id,
  startsAt,
  endsAt,
  roomId: extra.roomId ?? `room-${id}`,
  speakerIds: extra.speakerIds ?? [],
  status: extra.status ?? 'scheduled',
});

describe('findProgramConflicts', () => {
  it('finds a room booked twice at once, naming both sessions once', () => {
    const conflicts = findProgramConflicts([session('b', at(27, 10), at(27, 12), { roomId: 'hall' }), session('a', at(27, 11), at(27, 13), { roomId: 'hall' })], edition);
    expect(conflicts).toEqual([{ kind: 'room_double_booked', sessionIds: ['a', 'b'], roomId: 'hall' }]);
  });

  it('finds a speaker in two rooms at once', () => {
    const conflicts = findProgramConflicts([session('a', at(27, 10), at(27, 12), { speakerIds: ['s1'] }), session('b', at(27, 11), at(27, 12), { speakerIds: ['s1', 's2'] })], edition);
    expect(conflicts).toEqual([{ kind: 'speaker_double_booked', sessionIds: ['a', 'b'], speakerId: 's1' }]);
  });

  it('lets a room host back-to-back sessions and frees it when a session is cancelled', () => {
    expect(findProgramConflicts([session('a', at(27, 10), at(27, 12), { roomId: 'hall' }), session('b', at(27, 12), at(27, 14), { roomId: 'hall' })], edition)).toEqual([]);
    expect(findProgramConflicts([session('a', at(27, 10), at(27, 12), { roomId: 'hall', status: 'cancelled' }), session('b', at(27, 11), at(27, 13), { roomId: 'hall' })], edition)).toEqual([]);
  });

  it('reads the edition days in the forum time zone, not in UTC', () => {
    // 02:00 local on the 27th is still the 26th in UTC: inside the edition.
    expect(findProgramConflicts([session('early', at(27, 2), at(27, 3))], edition)).toEqual([]);
    // 23:30 local on the 28th to 00:30 local on the 29th: ends outside.
    expect(findProgramConflicts([session('late', at(28, 23), new Date(Date.parse(at(28, 23)) + 90 * 60_000).toISOString())], edition)).toEqual([
      { kind: 'outside_edition', sessionIds: ['late'] },
    ]);
    // Ending exactly at local midnight after the last day still belongs to the last day.
    expect(findProgramConflicts([session('midnight', at(28, 22), at(28, 24))], edition)).toEqual([]);
    // 04:00 UTC on the 29th is 09:00 local on the 29th.
    expect(findProgramConflicts([session('next-day', '2026-11-29T04:00:00.000Z', '2026-11-29T05:00:00.000Z')], edition)).toEqual([{ kind: 'outside_edition', sessionIds: ['next-day'] }]);
  });

  it('reports a session that ends before it starts', () => {
    expect(findProgramConflicts([session('x', at(27, 12), at(27, 10))], edition)).toEqual([{ kind: 'ends_before_start', sessionIds: ['x'] }]);
  });

  const arbitrarySession = fc.record({
    id: fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f'),
    start: fc.integer({ min: 0, max: 40 }),
    length: fc.integer({ min: 1, max: 8 }),
    roomId: fc.constantFrom('r1', 'r2'),
    speakerIds: fc.subarray(['s1', 's2', 's3']),
    status: fc.constantFrom('scheduled' as const, 'cancelled' as const),
  });
  const sessionsArb = fc.uniqueArray(arbitrarySession, { selector: (s) => s.id, maxLength: 6 }).map((list) =>
    list.map((s) => ({
      id: s.id,
      startsAt: new Date(Date.UTC(2026, 10, 26, 20) + s.start * 1_800_000).toISOString(),
      endsAt: new Date(Date.UTC(2026, 10, 26, 20) + (s.start + s.length) * 1_800_000).toISOString(),
      roomId: s.roomId,
      speakerIds: s.speakerIds,
      status: s.status,
    })),
  );

  test.prop([sessionsArb.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })))])(
    'gives the same answer whatever the order of the sessions',
    ([list, shuffled]) => {
      expect(findProgramConflicts(shuffled, edition)).toEqual(findProgramConflicts(list, edition));
    },
  );

  test.prop([sessionsArb])('is symmetric: every double booking names two distinct sessions that really overlap, in sorted order', (list) => {
    const byId = new Map(list.map((s) => [s.id, s]));
    for (const c of findProgramConflicts(list, edition)) {
      if (c.kind !== 'room_double_booked' && c.kind !== 'speaker_double_booked') continue;
      const [a, b] = c.sessionIds.map((id) => byId.get(id)!);
      expect(a!.id < b!.id).toBe(true);
      expect(a!.startsAt < b!.endsAt && b!.startsAt < a!.endsAt).toBe(true);
      expect(a!.status === 'cancelled' || b!.status === 'cancelled').toBe(false);
    }
  });

  test.prop([sessionsArb])('finds no double booking once each session has its own room and speakers', (list) => {
    const apart = list.map((s) => ({ ...s, roomId: `room-${s.id}`, speakerIds: [] as string[] }));
    expect(findProgramConflicts(apart, edition).filter((c) => c.kind.endsWith('double_booked'))).toEqual([]);
  });
});
