import type { Kysely } from 'kysely';

/**
 * The forum program. Localized text and lists are JSON text (the same on both dialects); instants are
 * ISO 8601 UTC text. Program sessions are `program_sessions` because `sessions` holds sign-in sessions.
 * `program_sessions.arrival_counter` is the per-session counter every registration write bumps first:
 * that UPDATE locks the session's row (PostgreSQL) or holds SQLite's single writer, so registrations,
 * cancellations and promotions of one session happen one at a time and seats are counted exactly.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rooms')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('edition_id', 'varchar(64)', (c) => c.notNull().references('forum_editions.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('floor', 'integer', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('tracks')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('edition_id', 'varchar(64)', (c) => c.notNull().references('forum_editions.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('speakers')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('edition_id', 'varchar(64)', (c) => c.notNull().references('forum_editions.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    .addColumn('organisation', 'text')
    .addColumn('city_id', 'varchar(64)', (c) => c.references('cities.id'))
    .addColumn('bio', 'text')
    .addColumn('photo_url', 'text')
    .execute();

  await db.schema
    .createTable('program_sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('edition_id', 'varchar(64)', (c) => c.notNull().references('forum_editions.id'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('starts_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('ends_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('room_id', 'varchar(64)', (c) => c.notNull().references('rooms.id'))
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('interpretation', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer')
    .addColumn('registration', 'varchar(16)', (c) => c.notNull())
    .addColumn('partner_city_id', 'varchar(64)', (c) => c.references('cities.id'))
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('arrival_counter', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('program_sessions_edition_starts').on('program_sessions').columns(['edition_id', 'starts_at']).execute();
  await db.schema.createIndex('program_sessions_room').on('program_sessions').column('room_id').execute();

  await db.schema
    .createTable('program_session_tracks')
    .addColumn('session_id', 'varchar(64)', (c) => c.notNull().references('program_sessions.id').onDelete('cascade'))
    .addColumn('track_id', 'varchar(64)', (c) => c.notNull().references('tracks.id'))
    .addPrimaryKeyConstraint('program_session_tracks_pk', ['session_id', 'track_id'])
    .execute();

  await db.schema
    .createTable('program_session_speakers')
    .addColumn('session_id', 'varchar(64)', (c) => c.notNull().references('program_sessions.id').onDelete('cascade'))
    .addColumn('speaker_id', 'varchar(64)', (c) => c.notNull().references('speakers.id'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('program_session_speakers_pk', ['session_id', 'speaker_id'])
    .execute();
  await db.schema.createIndex('program_session_speakers_speaker').on('program_session_speakers').column('speaker_id').execute();

  await db.schema
    .createTable('registrations')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('session_id', 'varchar(64)', (c) => c.notNull().references('program_sessions.id'))
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    // The session's arrival_counter when this person (last) registered: the waitlist's order.
    .addColumn('arrival_seq', 'integer', (c) => c.notNull())
    .addColumn('ticket_code', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('registrations_session_user', ['session_id', 'user_id'])
    .execute();
  await db.schema.createIndex('registrations_session_status_arrival').on('registrations').columns(['session_id', 'status', 'arrival_seq']).execute();
  await db.schema.createIndex('registrations_user').on('registrations').column('user_id').execute();

  await db.schema
    .createTable('agenda_stars')
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('session_id', 'varchar(64)', (c) => c.notNull().references('program_sessions.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('agenda_stars_pk', ['user_id', 'session_id'])
    .execute();

  await db.schema
    .createTable('feedback')
    .addColumn('session_id', 'varchar(64)', (c) => c.notNull().references('program_sessions.id'))
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_pk', ['session_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('check_ins')
    .addColumn('registration_id', 'varchar(64)', (c) => c.primaryKey().references('registrations.id'))
    .addColumn('checked_in_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('checked_in_by', 'varchar(64)', (c) => c.references('users.id'))
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'varchar(64)', (c) => c.primaryKey().references('users.id'))
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'calendar_feeds',
    'check_ins',
    'feedback',
    'agenda_stars',
    'registrations',
    'program_session_speakers',
    'program_session_tracks',
    'program_sessions',
    'speakers',
    'tracks',
    'rooms',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
