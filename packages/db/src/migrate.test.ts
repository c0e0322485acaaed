import { Migrator } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from './create-db.js';
import { migrateToLatest } from './migrate.js';
import { migrationProvider } from './migrations/index.js';
import { insertUser } from './people/users.js';
import { seedDemo } from './seed/demo.js';
import { seedDemoLearning } from './seed/demo-learning.js';
import { seedDirectory } from './seed/directory.js';
import { createTestDatabaseUrl, describeEachDialect } from './testing/index.js';

describeEachDialect('migrations and seed', (dialect) => {
  // The demo courses' documents: this test counts rows; demo-courses.test.ts checks the bytes.
  const keepBytes = async () => {};
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await createTestDatabaseUrl(dialect);
    drop = created.drop;
    db = createDb({ url: created.url });
  });
  afterAll(async () => {
    await db.destroy();
    await drop();
  });

  it('migrates an empty database, then reports nothing new to do', async () => {
    expect(await migrateToLatest(db)).toEqual(['0001_cities', '0002_forum', '0003_people', '0004_trusted_devices', '0005_mail_secrets', '0006_program', '0007_program_version', '0008_delegation_members', '0009_courses', '0010_uploads', '0011_speaker_accounts']);
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it('seeds an empty database once and keeps the data on a second seed', async () => {
    expect(await seedDirectory(db)).toBe(true);
    expect(await seedDemo(db)).toBe(true);
    // The delegations' people come at once; the demo courses wait for the demo instructor, whom the server creates after seedDemo.
    expect(await seedDemoLearning(db, keepBytes)).toBe(true);
    expect(await db.selectFrom('courses').select('id').executeTakeFirst()).toBeUndefined();
    for (const [email, roles] of [['instructor@example.org', ['instructor']], ['learner@example.org', ['learner']]] as const) {
      await insertUser(db, { id: email, email, name: email, cityId: 'yekaterinburg', position: '', locale: 'ru', timeZone: 'Asia/Yekaterinburg', roles, passwordHash: null, createdAt: new Date().toISOString() });
    }
    expect(await seedDemoLearning(db, keepBytes)).toBe(true);
    const tables = ['delegations', 'program_sessions', 'program_session_speakers', 'users', 'courses', 'cohorts', 'enrollments', 'progress_events', 'registrations', 'check_ins', 'uploads'] as const;
    const counts = async () => {
      const n: number[] = [];
      for (const table of tables) n.push(Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n));
      return n;
    };
    const before = await counts();
    expect(before.every((n) => n > 0)).toBe(true);
    expect(await seedDirectory(db)).toBe(false);
    expect(await seedDemo(db)).toBe(false);
    expect(await seedDemoLearning(db, keepBytes)).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('migrates all the way down and up again', async () => {
    const migrator = new Migrator({ db, provider: migrationProvider });
    // Speaker accounts, uploads, courses, the delegation links and the program's tables go first: their rows refer to the edition and the cities deleted below.
    await migrator.migrateDown();
    await migrator.migrateDown();
    await migrator.migrateDown();
    await migrator.migrateDown();
    await migrator.migrateDown();
    await migrator.migrateDown();
    await db.deleteFrom('delegations').execute();
    await db.deleteFrom('forum_editions').execute();
    await db.deleteFrom('user_roles').execute();
    await db.deleteFrom('users').execute();
    await db.deleteFrom('cities').execute();
    await db.deleteFrom('regions').execute();
    await migrator.migrateDown();
    await migrator.migrateDown();
    await migrator.migrateDown();
    await migrator.migrateDown();
    await migrator.migrateDown();
    const { results } = await migrator.migrateToLatest();
    expect(results?.map((r) => [r.migrationName, r.status])).toEqual([
      ['0001_cities', 'Success'],
      ['0002_forum', 'Success'],
      ['0003_people', 'Success'],
      ['0004_trusted_devices', 'Success'],
      ['0005_mail_secrets', 'Success'],
      ['0006_program', 'Success'],
      ['0007_program_version', 'Success'],
      ['0008_delegation_members', 'Success'],
      ['0009_courses', 'Success'],
      ['0010_uploads', 'Success'],
      ['0011_speaker_accounts', 'Success'],
    ]);
  });
});
