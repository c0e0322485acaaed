import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  /** Lower-cased: emails compare case-insensitively. */
  email: string;
  name: string;
  /** Name and email folded by `normalizeSearchText`: SQLite's lower() knows only ASCII. */
  search_text: string;
  city_id: string | null;
  /** The delegation this person travels with, if any (migration 0008). */
  delegation_id: string | null;
  position: string;
  locale: string;
  time_zone: string;
  /** Argon2id PHC string; null until the person accepts their invitation. */
  password_hash: string | null;
  created_at: string;
  deactivated_at: string | null;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
}

/** A browser session. Only the SHA-256 of the cookie's secret is stored. */
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  /** The absolute limit, however active the session. */
  expires_at: string;
}

/** Single-use secrets sent by email: invitations and password resets. */
export interface LinkTokensTable {
  id_hash: string;
  kind: 'invitation' | 'password_reset';
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  /** JSON array of scopes. */
  scopes: string;
  secret_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/**
 * Password checks per throttle key (an account, a client address, a trusted device), shared by every
 * replica. `failures` counts checks reserved in the window (a refunded success no longer counts).
 */
export interface SignInFailuresTable {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
  /** Locks in a row: each one lasts twice the one before, up to the policy's longest. */
  lock_count: Generated<number>;
}

/** A browser that has signed in to this account (OWASP device cookie). Only the SHA-256 of its cookie is stored. */
export interface TrustedDevicesTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  last_used_at: string;
  expires_at: string;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  event: string;
  actor_user_id: string | null;
  subject_user_id: string | null;
  ip: string | null;
  /** JSON object. */
  details: string;
}

/** Mail waiting for (or, with the development sink, kept instead of) delivery. */
export interface MailOutboxTable {
  id: string;
  to_address: string;
  /** What the message is (`invitation`, `password_reset`, `other`), shown in place of its text. */
  kind: Generated<string>;
  subject: string;
  /** The text, with `mailLinkPlaceholder` where the link goes: it never holds the secret itself. */
  body: string;
  /** The single-use link, until the message is delivered; then null, so no secret stays stored. */
  link: string | null;
  created_at: string;
  /** Null until an SMTP sender has delivered it; with the development sink, always null. */
  sent_at: string | null;
  attempts: Generated<number>;
  /** A delivering replica holds the message until then. */
  locked_until: string | null;
  last_error: string | null;
}
