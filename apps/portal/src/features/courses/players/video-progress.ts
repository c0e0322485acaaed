import { videoCompletionThreshold } from '@gorod/sdk';

/** Progress is reported once per tenth of the video reached, so a lesson is a handful of events, not hundreds. */
export const videoReportStep = 0.1;

/** What the player has reported so far: the furthest share reached and whether the completing share went out. */
export interface VideoReports {
  furthest: number;
  /** The last tenth reported (0 before any). */
  step: number;
  completeSent: boolean;
}

export function initialReports(watched: number, completed: boolean): VideoReports {
  return { furthest: watched, step: Math.floor(watched / videoReportStep + 1e-9), completeSent: completed };
}

/**
 * Where the player is now (`fraction` of the video) against what was reported: the share to send as
 * `video.progress` (only when the furthest point passes a new tenth, reaches 90 % or the end) and the
 * new record. Going back or replaying sends nothing.
 */
export function nextReport(reports: VideoReports, fraction: number, ended = false): { send: number | null; reports: VideoReports } {
  const share = ended ? 1 : Math.min(1, Math.max(0, fraction));
  if (share <= reports.furthest) return { send: null, reports };
  const step = Math.floor(share / videoReportStep + 1e-9);
  const completes = share >= videoCompletionThreshold && !reports.completeSent;
  const next = { furthest: share, step: Math.max(step, reports.step), completeSent: reports.completeSent || completes };
  if (step <= reports.step && !completes && !ended) return { send: null, reports: next };
  return { send: Math.round(share * 1000) / 1000, reports: next };
}
