import { type Db, listRooms, listSessions, listSpeakers, listTracks } from '@gorod/db';
import { assertKnownCity } from './known-city.js';
import { effectiveCapacity, type ForumEdition, findProgramConflicts, GorodError, issue, type Session } from '@gorod/domain';

/**
 * Checks a session as it would be saved against the rest of its edition's program, and throws the first
 * problem naming its field: a room, track or speaker of another edition (or none) is INVALID_INPUT, as
 * are a capacity over the room's and a time outside the edition's days; a room or a speaker already
 * somewhere else at that time is CONFLICT. The same `findProgramConflicts` warns in the portal's editor.
 */
export async function assertSessionFits(db: Db, edition: ForumEdition, candidate: Session): Promise<void> {
  const [rooms, tracks, speakers, sessions] = await Promise.all([
    listRooms(db, edition.id),
    listTracks(db, edition.id),
    listSpeakers(db, edition.id),
    listSessions(db, edition.id),
  ]);
  await assertKnownCity(db, candidate.partnerCityId, ['partnerCityId']);
  const room = rooms.find((r) => r.id === candidate.roomId);
  if (!room) throw new GorodError('INVALID_INPUT', 'No room of this edition has this id', [issue(['roomId'], 'not_found', 'No room of this edition has this id')]);
  const unknownTrack = candidate.trackIds.findIndex((id) => !tracks.some((t) => t.id === id));
  if (unknownTrack >= 0) throw new GorodError('INVALID_INPUT', 'No track of this edition has this id', [issue(['trackIds', unknownTrack], 'not_found', 'No track of this edition has this id')]);
  const unknownSpeaker = candidate.speakerIds.findIndex((id) => !speakers.some((s) => s.id === id));
  if (unknownSpeaker >= 0) {
    throw new GorodError('INVALID_INPUT', 'No speaker of this edition has this id', [issue(['speakerIds', unknownSpeaker], 'not_found', 'No speaker of this edition has this id')]);
  }
  if (candidate.capacity !== null && effectiveCapacity(candidate, room) < candidate.capacity) {
    const message = `The room seats ${room.capacity}: a session there offers at most that many seats`;
    throw new GorodError('INVALID_INPUT', message, [issue(['capacity'], 'too_big', message, { maximum: room.capacity })]);
  }
  const program = [...sessions.filter((s) => s.id !== candidate.id), candidate];
  const conflicts = findProgramConflicts(program, edition).filter((c) => (c.sessionIds as string[]).includes(candidate.id));
  for (const conflict of conflicts) {
    switch (conflict.kind) {
      case 'ends_before_start':
        throw new GorodError('INVALID_INPUT', 'A session ends after it starts', [issue(['endsAt'], 'ends_before_start', 'A session ends after it starts')]);
      case 'outside_edition': {
        const message = `The forum runs from ${edition.startDate} to ${edition.endDate} (${edition.timeZone}): the session must be within those days`;
        throw new GorodError('INVALID_INPUT', message, [issue(['startsAt'], 'outside_edition', message)]);
      }
      default:
        break;
    }
  }
  const other = (pair: readonly string[]) => pair.find((id) => id !== candidate.id) ?? candidate.id;
  for (const conflict of conflicts) {
    if (conflict.kind === 'room_double_booked') {
      const message = 'The room is taken by another session at this time';
      throw new GorodError('CONFLICT', message, [issue(['roomId'], 'room_double_booked', message)], { sessionId: other(conflict.sessionIds) });
    }
    if (conflict.kind === 'speaker_double_booked') {
      const message = 'A speaker is at another session at this time';
      const index = candidate.speakerIds.indexOf(conflict.speakerId);
      throw new GorodError('CONFLICT', message, [issue(['speakerIds', index], 'speaker_double_booked', message)], { sessionId: other(conflict.sessionIds), speakerId: conflict.speakerId });
    }
  }
}
