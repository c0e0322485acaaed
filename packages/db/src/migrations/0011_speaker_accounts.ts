import type { Kysely } from 'kysely';

/**
 * A speaker may be linked to the person account of whoever speaks (`speakers.user_id`, set by organizers),
 * so that person can read their sessions' feedback. One speaker per person in an edition: the unique
 * index is on (edition, user), and rows without a link (null) never collide.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('speakers')
    .addColumn('user_id', 'varchar(64)', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('speakers_edition_user').unique().on('speakers').columns(['edition_id', 'user_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('speakers_edition_user').execute();
  await db.schema.alterTable('speakers').dropColumn('user_id').execute();
}
