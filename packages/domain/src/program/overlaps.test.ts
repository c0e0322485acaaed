import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findAgendaOverlaps } from './overlaps.js';

const item = (id: string, fromMinute: number, toMinute: number) => ({
  id,
  startsAt: new Date(Date.UTC(2026, 10, 27, 5) + fromMinute * 60_000).toISOString(),
  endsAt: new Date(Date.UTC(2026, 10, 27, 5) + toMinute * 60_000).toISOString(),
});

describe('findAgendaOverlaps', () => {
  it('flags two items at the same time and leaves separate ones alone', () => {
    expect(findAgendaOverlaps([item('late', 30, 90), item('early', 0, 60), item('apart', 200, 260)])).toEqual([{ ids: ['early', 'late'] }]);
  });

  it('finds an item that overlaps a long one starting much earlier', () => {
    expect(findAgendaOverlaps([item('exhibition', 0, 600), item('short', 10, 20), item('talk', 500, 560)])).toEqual([
      { ids: ['exhibition', 'short'] },
      { ids: ['exhibition', 'talk'] },
    ]);
  });

  const itemsArb = fc
    .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), from: fc.integer({ min: 0, max: 300 }), length: fc.integer({ min: 1, max: 120 }) }), {
      selector: (i) => i.id,
      maxLength: 8,
    })
    .map((list) => list.map((i) => item(i.id, i.from, i.from + i.length)));

  test.prop([fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 10 })])('never flags back-to-back items (one ends as the next starts)', (lengths) => {
    let start = 0;
    const chain = lengths.map((length, i) => {
      const next = item(`i${i}`, start, start + length);
      start += length;
      return next;
    });
    expect(findAgendaOverlaps(chain)).toEqual([]);
  });

  test.prop([itemsArb])('flags exactly the pairs whose spans intersect, whatever the order, each pair once', (items) => {
    const expected: string[] = [];
    for (const a of items) for (const b of items) if (a.id < b.id && a.startsAt < b.endsAt && b.startsAt < a.endsAt) expected.push(`${a.id}|${b.id}`);
    expect(findAgendaOverlaps([...items].reverse()).map((o) => o.ids.join('|')).sort()).toEqual(expected.sort());
  });
});
