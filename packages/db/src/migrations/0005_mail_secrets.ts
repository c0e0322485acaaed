import type { Kysely } from 'kysely';

/**
 * Mail keeps no secret after delivery. A message's single-use link moves out of its body into its own
 * column, which delivery clears; the body holds a placeholder where the link goes. `kind` lets the
 * outbox say what a message is without showing it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mail_outbox').addColumn('kind', 'varchar(32)', (c) => c.notNull().defaultTo('other')).execute();
  await db.schema.alterTable('mail_outbox').addColumn('link', 'text').execute();
  // Bodies written before this migration carry their link inline; once sent, nobody needs them.
  await db.updateTable('mail_outbox').set({ body: '' }).where('sent_at', 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mail_outbox').dropColumn('link').execute();
  await db.schema.alterTable('mail_outbox').dropColumn('kind').execute();
}
