import { describe, expect, it } from 'vitest';
import { initialReports, nextReport, type VideoReports } from './video-progress';

/** Plays through `positions` (shares of the video) and collects what the player would send. */
function play(start: VideoReports, positions: number[]): number[] {
  let reports = start;
  const sent: number[] = [];
  for (const position of positions) {
    const next = nextReport(reports, position);
    reports = next.reports;
    if (next.send !== null) sent.push(next.send);
  }
  return sent;
}

describe('the video player’s progress reports', () => {
  it('sends one event per tenth reached while playing through, the ninth completing it', () => {
    const positions = Array.from({ length: 200 }, (_, n) => (n + 1) / 200);
    expect(play(initialReports(0, false), positions)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('sends nothing when the learner goes back or replays what was reported', () => {
    expect(play(initialReports(0.55, false), [0.1, 0.3, 0.5, 0.58])).toEqual([]);
  });

  it('sends the completing share when a seek jumps past 90 %, once', () => {
    expect(play(initialReports(0.2, false), [0.95, 0.97, 0.99])).toEqual([0.95]);
  });

  it('sends the whole video at its end even within the last tenth', () => {
    const reports = initialReports(0.93, true);
    expect(nextReport(reports, 1, true).send).toBe(1);
    expect(nextReport(nextReport(reports, 1, true).reports, 1, true).send).toBeNull();
  });
});
