import { describe, expect, it } from 'vitest';
import { type PlayedRange, shareToSend, watchedShare } from './video-progress';

/** Plays through `shares` (of the video watched, one `timeupdate` after another) and collects what the player sends. */
function play(sent: number, shares: number[], ended = false): number[] {
  const sends: number[] = [];
  let last = sent;
  shares.forEach((share, n) => {
    const send = shareToSend(last, share, ended && n === shares.length - 1);
    if (send === null) return;
    sends.push(send);
    last = send;
  });
  return sends;
}

describe('the share of a video watched', () => {
  it('is what was played, however often, not how far the learner skipped', () => {
    expect(watchedShare([[0, 50]], 100, 0)).toBe(0.5);
    // Played to 20 s, skipped to 93 s, played to the end: 27 % watched, though the end was reached.
    expect(watchedShare([[0, 20], [93, 100]], 100, 0)).toBe(0.27);
    // Ranges that overlap (a replay) count once.
    expect(watchedShare([[0, 40], [10, 30], [35, 60]], 100, 0)).toBe(0.6);
  });

  it('adds what this visit played to the share earlier visits reported, taken as the opening part', () => {
    expect(watchedShare([[50, 100]], 100, 0.5)).toBe(1);
    expect(watchedShare([[0, 30]], 100, 0.5)).toBe(0.5);
    expect(watchedShare([[80, 90]], 100, 0.5)).toBe(0.6);
  });

  it('rounds down to a thousandth, so just short of 90 % is not 90 %', () => {
    expect(watchedShare([[0, 89.96]], 100, 0)).toBe(0.899);
    expect(watchedShare([[0, 9.999999]], 10, 0)).toBe(0.999);
  });

  it('is the earlier share while the video’s length is unknown', () => {
    const none: PlayedRange[] = [];
    expect(watchedShare(none, Number.POSITIVE_INFINITY, 0.3)).toBe(0.3);
    expect(watchedShare([[0, 5]], Number.NaN, 0)).toBe(0);
  });
});

describe('the video player’s progress reports', () => {
  it('sends one event per tenth watched while playing through, the ninth completing it', () => {
    const shares = Array.from({ length: 200 }, (_, n) => (n + 1) / 200);
    expect(play(0, shares)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('sends nothing while the share watched does not grow past a new tenth', () => {
    expect(play(0.55, [0.1, 0.3, 0.55, 0.58])).toEqual([]);
  });

  it('sends the completing share once, when the share watched reaches 90 % between two tenths', () => {
    expect(play(0.85, [0.88, 0.905, 0.95, 0.97])).toEqual([0.905]);
  });

  it('sends what was watched at the video’s end even within a tenth, also when a timeupdate saw it first', () => {
    // Skipped to 93 %, played to the end: the last timeupdate and then `ended` both see 7 %.
    expect(play(0, [0.03, 0.07, 0.07], true)).toEqual([0.07]);
    expect(play(0.93, [0.97], true)).toEqual([0.97]);
    expect(shareToSend(0.97, 0.97, true)).toBeNull();
  });
});
