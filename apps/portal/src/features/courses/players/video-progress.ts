import { videoCompletionThreshold } from '@gorod/sdk';

/** Progress is reported once per tenth of the video watched, so a lesson is a handful of events, not hundreds. */
export const videoReportStep = 0.1;

/** A stretch of the video that was played, in seconds: one of `HTMLMediaElement.played`'s ranges. */
export type PlayedRange = readonly [start: number, end: number];

/** The ranges a video element has played so far in this visit. */
export function playedRanges(video: Pick<HTMLMediaElement, 'played'>): PlayedRange[] {
  const { played } = video;
  return Array.from({ length: played.length }, (_, index) => [played.start(index), played.end(index)] as const);
}

/**
 * The share of the video watched (0–1, rounded DOWN to a thousandth, so 89.96 % is not 90 %): the ranges
 * played in this visit — a seek forward skips what lies between, which is never counted — joined with the
 * share earlier visits reported. The server keeps that share as one number, so it is taken as the video's
 * opening part: a learner who stopped half-way and goes on from there adds the second half to it.
 */
export function watchedShare(played: readonly PlayedRange[], duration: number, earlier: number): number {
  if (!Number.isFinite(duration) || duration <= 0) return earlier;
  const ranges = [[0, earlier * duration] as const, ...played].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  let watched = 0;
  let reached = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, reached);
    if (end > from) watched += end - from;
    reached = Math.max(reached, end);
  }
  return Math.floor(Math.min(1, watched / duration) * 1000 + 1e-6) / 1000;
}

/** Which tenth of the video a share is in (0 for the first). */
const tenthOf = (share: number) => Math.floor(share / videoReportStep + 1e-9);

/**
 * The share to send as `video.progress` now (see `watchedShare`), given the share last sent or found on
 * the server: only when it has grown into a new tenth, to 90 %, or by the video's end. Replaying what was
 * watched, or skipping ahead, sends nothing.
 */
export function shareToSend(sent: number, share: number, ended = false): number | null {
  if (share <= sent) return null;
  const completes = share >= videoCompletionThreshold && sent < videoCompletionThreshold;
  return tenthOf(share) > tenthOf(sent) || completes || ended ? share : null;
}
