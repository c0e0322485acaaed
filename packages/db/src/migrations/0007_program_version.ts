import type { Kysely } from 'kysely';

/**
 * One counter per edition, raised by every change to its program (a session, room, track or speaker).
 * The public program's serialised bytes are cached per (edition, version): each replica reads this one
 * row to know whether its copy is current, so a change made through any replica is seen by all.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('program_versions')
    .addColumn('edition_id', 'varchar(64)', (c) => c.primaryKey().references('forum_editions.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  // The feed's secret itself, so `agenda.feed()` shows a person the same address every time: it opens
  // one person's agenda read-only and is revocable, like a calendar app's "secret address". Lookup
  // stays by `token_hash`.
  await db.schema.alterTable('calendar_feeds').addColumn('secret', 'varchar(64)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('calendar_feeds').dropColumn('secret').execute();
  await db.schema.dropTable('program_versions').execute();
}
