import type { Kysely } from 'kysely';

/**
 * People linked to their city's delegation. A person belongs to at most one delegation (`users.delegation_id`);
 * the head is marked on the delegation (`delegations.head_user_id`), so there is at most one head and
 * nothing to keep in step between two membership rows. The declared head name and position stay the public
 * text; the link only says which person account is the head.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('delegation_id', 'varchar(64)', (c) => c.references('delegations.id'))
    .execute();
  await db.schema
    .alterTable('delegations')
    .addColumn('head_user_id', 'varchar(64)', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('users_delegation_id').on('users').column('delegation_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('users_delegation_id').execute();
  await db.schema.alterTable('delegations').dropColumn('head_user_id').execute();
  await db.schema.alterTable('users').dropColumn('delegation_id').execute();
}
