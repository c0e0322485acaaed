import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('forum_editions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('venue_city_id', 'varchar(64)', (c) => c.notNull().references('cities.id'))
    .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('end_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('time_zone', 'varchar(64)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('delegations')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('edition_id', 'varchar(64)', (c) => c.notNull().references('forum_editions.id'))
    .addColumn('city_id', 'varchar(64)', (c) => c.notNull().references('cities.id'))
    .addColumn('head_name', 'text', (c) => c.notNull())
    .addColumn('head_position', 'text', (c) => c.notNull())
    .addColumn('members_count', 'integer', (c) => c.notNull())
    .addUniqueConstraint('delegations_edition_city', ['edition_id', 'city_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('delegations').execute();
  await db.schema.dropTable('forum_editions').execute();
}
