import { calendarDateIn } from '../forum/current-edition.js';
import type { ForumEdition } from '../forum/schemas.js';
import { compareIds } from './ids.js';
import { spansOverlap } from './overlaps.js';
import type { Session } from './session.js';

type PlannedSession = Pick<Session, 'id' | 'startsAt' | 'endsAt' | 'roomId' | 'speakerIds' | 'status'>;

/**
 * Something wrong with a program. Pairs name both sessions in sorted order, so the same conflict reads
 * the same whichever session the organizer is editing.
 */
export type ProgramConflict =
  | { kind: 'room_double_booked'; sessionIds: [string, string]; roomId: string }
  | { kind: 'speaker_double_booked'; sessionIds: [string, string]; speakerId: string }
  | { kind: 'outside_edition'; sessionIds: [string] }
  | { kind: 'ends_before_start'; sessionIds: [string] };

const pair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

function conflictKey(c: ProgramConflict): string {
  const what = c.kind === 'room_double_booked' ? c.roomId : c.kind === 'speaker_double_booked' ? c.speakerId : '';
  return `${c.sessionIds.join('|')}|${c.kind}|${what}`;
}

/**
 * Every conflict in a program: a room or a speaker in two places at once (cancelled sessions free both),
 * a session that ends before it starts, and a session that starts or ends outside the edition's days as
 * dated in the edition's time zone (a session ending exactly at local midnight after the last day is
 * outside). The answer is sorted, so it does not depend on the order of `sessions`.
 */
export function findProgramConflicts(
  sessions: readonly PlannedSession[],
  edition: Pick<ForumEdition, 'startDate' | 'endDate' | 'timeZone'>,
): ProgramConflict[] {
  const conflicts: ProgramConflict[] = [];
  const within = (instant: string) => {
    const day = calendarDateIn(edition.timeZone, new Date(instant));
    return edition.startDate <= day && day <= edition.endDate;
  };
  for (const s of sessions) {
    if (Date.parse(s.endsAt) <= Date.parse(s.startsAt)) conflicts.push({ kind: 'ends_before_start', sessionIds: [s.id] });
    // The last instant of the session is just before its end: a session ending at 00:00 ends the day before.
    const lastInstant = new Date(Math.max(Date.parse(s.startsAt), Date.parse(s.endsAt) - 1)).toISOString();
    if (!within(s.startsAt) || !within(lastInstant)) conflicts.push({ kind: 'outside_edition', sessionIds: [s.id] });
  }
  const live = [...sessions]
    .filter((s) => s.status !== 'cancelled' && Date.parse(s.startsAt) < Date.parse(s.endsAt))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || compareIds(a.id, b.id));
  for (let i = 0; i < live.length; i++) {
    const a = live[i]!;
    for (let j = i + 1; j < live.length; j++) {
      const b = live[j]!;
      if (Date.parse(b.startsAt) >= Date.parse(a.endsAt)) break;
      if (a.id === b.id || !spansOverlap(a, b)) continue;
      const sessionIds = pair(a.id, b.id);
      if (a.roomId === b.roomId) conflicts.push({ kind: 'room_double_booked', sessionIds, roomId: a.roomId });
      for (const speakerId of new Set(a.speakerIds)) {
        if (b.speakerIds.includes(speakerId)) conflicts.push({ kind: 'speaker_double_booked', sessionIds, speakerId });
      }
    }
  }
  return conflicts.sort((x, y) => compareIds(conflictKey(x), conflictKey(y)));
}
