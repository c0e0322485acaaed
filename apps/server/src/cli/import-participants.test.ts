import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listUsers } from '@gorod/db';
import { describeEachDialect, useTestDatabase } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { seedDemoAccounts } from '../auth/demo-accounts.js';
import { lastMailTo } from '../testing/outbox.js';
import { importParticipantsCommand } from './import-participants.js';

const publicAddress = { publicUrl: 'https://forum.example.org', localUrl: 'http://localhost:3000', warn: () => {} };

describeEachDialect('gorod import-participants', (dialect) => {
  const testDb = useTestDatabase(dialect);

  it('invites the good rows of a Cyrillic CSV file when asked, with links to the public address', async () => {
    const { db } = testDb();
    await seedDemoAccounts(db, new Date());
    const dir = await mkdtemp(join(tmpdir(), 'gorod-csv-'));
    const file = join(dir, 'участники.csv');
    await writeFile(file, 'email,name,city,position\nглава@администрация.рф,Ёлкина Анна,perm,глава города\nbroken,Б,,\n');
    const strict = await importParticipantsCommand({ db, file, importGoodRows: false, invitedBy: 'organizer@example.org', ...publicAddress });
    expect(strict).toMatchObject({ total: 2, imported: 0, errors: [expect.objectContaining({ line: 3, field: 'email' })] });
    const lenient = await importParticipantsCommand({ db, file, importGoodRows: true, invitedBy: 'organizer@example.org', ...publicAddress });
    expect(lenient.imported).toBe(1);
    const { items } = await listUsers(db, { search: 'елкина', limit: 10, includeDeactivated: false });
    expect(items.map((u) => u.email)).toEqual(['глава@администрация.рф']);
    expect((await lastMailTo(db, 'глава@администрация.рф'))?.link).toMatch(/^https:\/\/forum\.example\.org\/invitation\/[\w-]+$/);
  });

  it('warns on stderr, before inviting anyone, that links will point at localhost when PUBLIC_URL is unset', async () => {
    const { db } = testDb();
    await seedDemoAccounts(db, new Date());
    const dir = await mkdtemp(join(tmpdir(), 'gorod-csv-'));
    const file = join(dir, 'local.csv');
    await writeFile(file, 'email,name\nlocal-link@example.org,Локальная Ссылка\n');
    const warnings: string[] = [];
    const report = await importParticipantsCommand({
      db,
      file,
      importGoodRows: false,
      invitedBy: undefined,
      publicUrl: undefined,
      localUrl: 'http://localhost:3000',
      warn: (text) => warnings.push(text),
    });
    expect(report.imported).toBe(1);
    expect(warnings).toEqual([expect.stringMatching(/PUBLIC_URL is not set.*http:\/\/localhost:3000/)]);
    expect((await lastMailTo(db, 'local-link@example.org'))?.link).toMatch(/^http:\/\/localhost:3000\/invitation\//);
  });
});
