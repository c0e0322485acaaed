import type { Kysely } from 'kysely';

/**
 * Browsers that have signed in to an account before (OWASP's device cookie), and the count of locks in a
 * row per throttle key, so that a lock grows with each repeat instead of lasting a flat 15 minutes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sign_in_failures').addColumn('lock_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('trusted_devices')
    .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('last_used_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trusted_devices_user_id').on('trusted_devices').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('trusted_devices').execute();
  await db.schema.alterTable('sign_in_failures').dropColumn('lock_count').execute();
}
