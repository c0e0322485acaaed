import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listMail, listUsers } from '@gorod/db';
import { describeEachDialect, useTestDatabase } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { seedDemoAccounts } from '../auth/demo-accounts.js';
import { importParticipantsCommand } from './import-participants.js';

describeEachDialect('gorod import-participants', (dialect) => {
  const testDb = useTestDatabase(dialect);

  it('invites the good rows of a Cyrillic CSV file when asked, with links to the public address', async () => {
    const { db } = testDb();
    await seedDemoAccounts(db, new Date());
    const dir = await mkdtemp(join(tmpdir(), 'gorod-csv-'));
    const file = join(dir, 'участники.csv');
    await writeFile(file, 'email,name,city,position\nглава@администрация.рф,Ёлкина Анна,perm,глава города\nbroken,Б,,\n');
    const strict = await importParticipantsCommand({ db, file, importGoodRows: false, invitedBy: 'organizer@example.org', baseUrl: 'https://forum.example.org' });
    expect(strict).toMatchObject({ total: 2, imported: 0, errors: [expect.objectContaining({ line: 3, field: 'email' })] });
    const lenient = await importParticipantsCommand({ db, file, importGoodRows: true, invitedBy: 'organizer@example.org', baseUrl: 'https://forum.example.org' });
    expect(lenient.imported).toBe(1);
    const { items } = await listUsers(db, { search: 'елкина', limit: 10, includeDeactivated: false });
    expect(items.map((u) => u.email)).toEqual(['глава@администрация.рф']);
    const [mail] = await listMail(db, { to: 'глава@администрация.рф', limit: 1 });
    expect(mail?.body).toContain('https://forum.example.org/invitation/');
  });
});
