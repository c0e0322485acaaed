import { expect } from 'vitest';
import type { Agent } from './agent.js';

export interface RaceOutcome {
  status: number;
  body: any;
}

/**
 * Fires the same procedure `times` times at once over real HTTP (every request is on the wire before any
 * answer is read) and returns each answer in the order fired. `input` may depend on the call's index, to
 * race different values at one key (two role sets for one person, say).
 */
export async function race(
  agent: Agent,
  path: string,
  type: 'query' | 'mutation',
  input: Record<string, unknown> | ((index: number) => Record<string, unknown>),
  times = 8,
): Promise<RaceOutcome[]> {
  const calls = Array.from({ length: times }, (_, index) =>
    agent.call(path, type, typeof input === 'function' ? input(index) : input),
  );
  return (await Promise.all(calls)).map(({ status, body }) => ({ status, body }));
}

/** No answer of the race was a server fault: every one is a success or an error of Gorod's contract. */
export function expectNoServerError(outcomes: readonly RaceOutcome[]): void {
  for (const outcome of outcomes) {
    expect(outcome.status, JSON.stringify(outcome.body)).toBeLessThan(500);
    if (outcome.status !== 200) expect(outcome.body.error.data).toMatchObject({ code: expect.any(String), issues: expect.any(Array) });
  }
}

/**
 * Exactly one call won (200) and every other lost with the contract error `code` and an issue at `path`
 * whose code is `issueCode`: what a unique key must give under concurrent writes, on every database.
 */
export function expectOneWinner(
  outcomes: readonly RaceOutcome[],
  loser: { code: string; path: string[]; issueCode: string },
): RaceOutcome {
  expectNoServerError(outcomes);
  const winners = outcomes.filter((outcome) => outcome.status === 200);
  expect(winners, 'exactly one call wins').toHaveLength(1);
  for (const outcome of outcomes.filter((o) => o.status !== 200)) {
    expect(outcome.body.error.data).toMatchObject({
      code: loser.code,
      issues: [expect.objectContaining({ path: loser.path, code: loser.issueCode })],
    });
  }
  return winners[0]!;
}
