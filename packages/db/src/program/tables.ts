/** Localized text columns hold `{ ru, en?, zh? }` as JSON text; list columns hold JSON arrays. */
export interface RoomsTable {
  id: string;
  edition_id: string;
  name: string;
  floor: number;
  capacity: number;
}

export interface TracksTable {
  id: string;
  edition_id: string;
  name: string;
}

export interface SpeakersTable {
  id: string;
  edition_id: string;
  name: string;
  position: string | null;
  organisation: string | null;
  city_id: string | null;
  bio: string | null;
  photo_url: string | null;
  /** The person account of whoever speaks, linked by organizers (migration 0011); null when unlinked. */
  user_id: string | null;
}

export interface ProgramSessionsTable {
  id: string;
  edition_id: string;
  kind: string;
  title: string;
  description: string | null;
  /** ISO 8601 UTC instants. */
  starts_at: string;
  ends_at: string;
  room_id: string;
  languages: string;
  interpretation: string;
  capacity: number | null;
  registration: string;
  partner_city_id: string | null;
  status: string;
  version: number;
  /** Bumped by every registration write, which locks the row: see `registrations.ts`. */
  arrival_counter: number;
}

export interface ProgramSessionTracksTable {
  session_id: string;
  track_id: string;
}

export interface ProgramSessionSpeakersTable {
  session_id: string;
  speaker_id: string;
  ordinal: number;
}

export interface RegistrationsTable {
  id: string;
  session_id: string;
  user_id: string;
  status: string;
  arrival_seq: number;
  ticket_code: string;
  created_at: string;
  updated_at: string;
}

export interface AgendaStarsTable {
  user_id: string;
  session_id: string;
  created_at: string;
}

export interface FeedbackTable {
  session_id: string;
  user_id: string;
  rating: number;
  comment: string | null;
  created_at: string;
  updated_at: string;
}

export interface CheckInsTable {
  registration_id: string;
  checked_in_at: string;
  checked_in_by: string | null;
}

export interface CalendarFeedsTable {
  user_id: string;
  token_hash: string;
  /** The secret in the feed's URL (added by 0007; null for a feed made before). */
  secret: string | null;
  created_at: string;
}

export interface ProgramVersionsTable {
  edition_id: string;
  /** Raised by every program change: the public program's cache key and ETag. */
  version: number;
}
