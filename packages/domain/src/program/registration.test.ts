import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { promoteFromWaitlist, registrationOutcome } from './registration.js';
import { effectiveCapacity, seatsLeft } from './session.js';

describe('registration rules', () => {
  it('confirms while seats are left, then puts people in line behind those waiting', () => {
    expect(registrationOutcome(2, 1, 0)).toEqual({ status: 'confirmed' });
    expect(registrationOutcome(2, 2, 0)).toEqual({ status: 'waitlisted', position: 1 });
    expect(registrationOutcome(2, 2, 4)).toEqual({ status: 'waitlisted', position: 5 });
  });

  it('caps a session at its room, and takes the room when the session names no capacity', () => {
    expect(effectiveCapacity({ capacity: null }, { capacity: 120 })).toBe(120);
    expect(effectiveCapacity({ capacity: 40 }, { capacity: 120 })).toBe(40);
    expect(effectiveCapacity({ capacity: 400 }, { capacity: 120 })).toBe(120);
  });

  it('promotes the earliest arrivals first, whatever order the line is given in', () => {
    const line = [
      { id: 'c', arrival: 7 },
      { id: 'a', arrival: 3 },
      { id: 'b', arrival: 5 },
    ];
    expect(promoteFromWaitlist(line, 2).map((w) => w.id)).toEqual(['a', 'b']);
    expect(promoteFromWaitlist(line, 0)).toEqual([]);
  });

  test.prop([fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 1000 })])(
    'never leaves a negative number of seats',
    (capacity, roomCapacity, confirmed) => {
      const left = seatsLeft({ capacity }, { capacity: roomCapacity }, confirmed);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left).toBeLessThanOrEqual(roomCapacity);
    },
  );

  test.prop([fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 300 })])('fills exactly the capacity, then numbers the line 1, 2, 3…', (capacity, arrivals) => {
    let confirmed = 0;
    const positions: number[] = [];
    for (let i = 0; i < arrivals; i++) {
      const outcome = registrationOutcome(capacity, confirmed, positions.length);
      if (outcome.status === 'confirmed') confirmed += 1;
      else positions.push(outcome.position);
    }
    expect(confirmed).toBe(Math.min(capacity, arrivals));
    expect(positions).toEqual(Array.from({ length: positions.length }, (_, i) => i + 1));
  });
});
