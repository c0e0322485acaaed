import type { Kysely } from 'kysely';

/**
 * Courses and learning. Localized text, lists and a version's outline are JSON text; instants ISO 8601 UTC
 * text (both as in the program). `course_items` maps every item id ever saved to its course (an item id
 * is stable across versions and never moves to another course) and a class item to its program
 * session, so ingestion finds an event's course and check-in finds a session's classes by index.
 * `progress_events` is append-only: its primary key is the client-made event id, so a retried or
 * duplicated event is one insert that conflicts, never a second row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('courses')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('slug', 'varchar(80)', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('topic', 'varchar(32)', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('enrolment', 'varchar(16)', (c) => c.notNull())
    .addColumn('owner_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('published_version', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('archived_at', 'varchar(32)')
    .execute();

  await db.schema
    .createTable('course_instructors')
    .addColumn('course_id', 'varchar(64)', (c) => c.notNull().references('courses.id'))
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('course_instructors_pk', ['course_id', 'user_id'])
    .execute();
  await db.schema.createIndex('course_instructors_user').on('course_instructors').column('user_id').execute();

  await db.schema
    .createTable('course_versions')
    .addColumn('course_id', 'varchar(64)', (c) => c.notNull().references('courses.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('outline', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('published_at', 'varchar(32)')
    .addPrimaryKeyConstraint('course_versions_pk', ['course_id', 'number'])
    .execute();

  await db.schema
    .createTable('course_items')
    .addColumn('item_id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('course_id', 'varchar(64)', (c) => c.notNull().references('courses.id'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('session_id', 'varchar(64)', (c) => c.references('program_sessions.id'))
    .execute();
  await db.schema.createIndex('course_items_course').on('course_items').column('course_id').execute();
  await db.schema.createIndex('course_items_session').on('course_items').column('session_id').execute();

  await db.schema
    .createTable('cohorts')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('course_id', 'varchar(64)', (c) => c.notNull().references('courses.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('cohorts_course_name', ['course_id', 'name'])
    .execute();

  await db.schema
    .createTable('enrollments')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('course_id', 'varchar(64)', (c) => c.notNull().references('courses.id'))
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('cohort_id', 'varchar(64)', (c) => c.references('cohorts.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('enrolled_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('withdrawn_at', 'varchar(32)')
    .addUniqueConstraint('enrollments_course_user', ['course_id', 'user_id'])
    .execute();
  await db.schema.createIndex('enrollments_user').on('enrollments').column('user_id').execute();
  await db.schema.createIndex('enrollments_cohort').on('enrollments').column('cohort_id').execute();

  await db.schema
    .createTable('progress_events')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('course_id', 'varchar(64)', (c) => c.notNull().references('courses.id'))
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    /** `video.progress`'s share watched; null for other kinds. */
    .addColumn('fraction', 'real')
    .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('progress_events_course_user').on('progress_events').columns(['course_id', 'user_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['progress_events', 'enrollments', 'cohorts', 'course_items', 'course_versions', 'course_instructors', 'courses']) {
    await db.schema.dropTable(table).execute();
  }
}
