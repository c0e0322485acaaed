import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('iso_code', 'varchar(16)')
    .addColumn('country', 'varchar(2)', (c) => c.notNull())
    .addColumn('federal_district', 'varchar(32)')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'varchar(64)', (c) => c.notNull())
    .addColumn('capital_city_id', 'varchar(64)')
    .execute();

  await db.schema
    .createTable('cities')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('region_id', 'varchar(32)', (c) => c.notNull().references('regions.id'))
    .addColumn('country', 'varchar(2)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'varchar(64)', (c) => c.notNull())
    .addColumn('latitude', 'double precision', (c) => c.notNull())
    .addColumn('longitude', 'double precision', (c) => c.notNull())
    .addColumn('is_administrative_centre', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // The directory pages through cities largest first; this index serves that order and its keyset cursor.
  await db.schema.createIndex('cities_population_id').on('cities').columns(['population desc', 'id']).execute();
  await db.schema.createIndex('cities_region_id').on('cities').column('region_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cities').execute();
  await db.schema.dropTable('regions').execute();
}
