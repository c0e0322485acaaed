import type { Kysely } from 'kysely';

/**
 * Files instructors upload for video and file items. The id is 128 random bits in hex: a link to an
 * upload is how a lesson shows it, so the id is its only key and cannot be guessed. The bytes live under
 * the data directory, named by the id; this row is written only after they are in place. `media_type` is
 * the type found in the content (never the one the client declared); `size` is in bytes, at most the
 * configured limit (below 2 GiB, so an integer on both dialects); `sha256` is hex.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('uploads')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('owner_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'varchar(127)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('uploads_owner').on('uploads').column('owner_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('uploads').execute();
}
