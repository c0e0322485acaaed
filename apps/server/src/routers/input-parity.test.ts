import { describeEachDialect } from '@gorod/db/testing';
import { fc } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

const cursorOf = (json: string) => Buffer.from(json).toString('base64url');
const issuesOf = (body: any) => body.error.data.issues.map((i: { path: string[]; code: string }) => [i.path.join('.'), i.code]);

// What the fuzzer found answering 500 on PostgreSQL and 200/4xx on SQLite: each is now the same 4xx on both.
describeEachDialect('the same answer to awkward input on either database', (dialect) => {
  const api = useTestServer(dialect);

  it('refuses a NUL or another control character in any text field with control_character at that field', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const cases: [string, 'query' | 'mutation', Record<string, unknown>, string][] = [
      ['people.invite', 'mutation', { email: 'nul@example.org', name: 'Ан\u0000на' }, 'name'],
      ['people.invite', 'mutation', { email: 'nul@example.org', name: 'Анна', position: 'глава\u0007' }, 'position'],
      ['people.list', 'query', { search: 'a\u0000' }, 'search'],
      ['cities.list', 'query', { search: 'пермь\u0000' }, 'search'],
      ['profile.update', 'mutation', { name: 'Ольга\u0000' }, 'name'],
      ['tokens.create', 'mutation', { name: 'портал\u001b', scopes: ['profile:read'] }, 'name'],
      ['people.setRoles', 'mutation', { userId: 'x\u0000', roles: [] }, 'userId'],
      ['mail.outbox', 'query', { to: 'a\u0000@example.org' }, 'to'],
    ];
    for (const [path, type, input, field] of cases) {
      const { status, body } = await organizer.call(path, type, input);
      expect([path, status, issuesOf(body)]).toEqual([path, 400, [[field, 'control_character']]]);
    }
  });

  it('refuses a NUL in the email of a sign-in as a bad email, not a fault', async () => {
    const { status, body } = await api().agent().call('auth.signIn', 'mutation', { email: 'learner@example.org\u0000', password: 'gorod-demo' });
    expect(status).toBe(400);
    expect(issuesOf(body)).toEqual([['email', 'control_character']]);
  });

  it('refuses an email of 250 İ, 494 characters once lower-cased, as too long at email', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const { status, body } = await organizer.call('people.invite', 'mutation', { email: `${'İ'.repeat(240)}@example.org`, name: 'Длинный' });
    expect(status).toBe(400);
    expect(issuesOf(body)).toEqual([['email', 'too_big']]);
  });

  it('refuses an email with angle brackets and accepts one in Chinese', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const bad = await organizer.call('people.invite', 'mutation', { email: 'a<b>@example.org', name: 'Скобки' });
    expect([bad.status, issuesOf(bad.body)]).toEqual([400, [['email', 'invalid_format']]]);
    const invited = await organizer.client.people.invite.mutate({ email: '李@例子.中国', name: '李伟' });
    expect(invited.email).toBe('李@例子.中国');
  });

  it('refuses a cursor holding a fraction, an infinity, an unsafe integer, another shape or junk with invalid_cursor', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const forCities = [cursorOf('[1.5,"perm"]'), cursorOf('[1e400,"perm"]'), cursorOf(`[${2 ** 53},"perm"]`), cursorOf('["perm",1]'), '!!!junk'];
    for (const cursor of forCities) {
      const { status, body } = await organizer.call('cities.list', 'query', { cursor });
      expect([cursor, status, issuesOf(body)]).toEqual([cursor, 400, [['cursor', 'invalid_cursor']]]);
    }
    for (const path of ['people.list', 'audit.list']) {
      for (const cursor of [cursorOf('["2026-11-25T09:00:00Z","a\\u0000"]'), cursorOf('[1,2]'), cursorOf('{}')]) {
        const { status, body } = await organizer.call(path, 'query', { cursor });
        expect([path, cursor, status, issuesOf(body)]).toEqual([path, cursor, 400, [['cursor', 'invalid_cursor']]]);
      }
    }
  });

  it('refuses a PNG sent as the participants CSV with one not_csv issue', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const png = new TextDecoder().decode(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x01, 0xe0, 0xff, 0xd8]),
    );
    const { status, body } = await organizer.call('people.importCsv', 'mutation', { csv: png });
    expect([status, issuesOf(body)]).toEqual([400, [['csv', 'not_csv']]]);
  });

  it('lists the rows of a re-imported file as skipped, not as errors, and imports the new ones', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const first = 'email,name\nagain-1@example.org,Первый\nagain-2@example.org,Второй';
    expect(await organizer.client.people.importCsv.mutate({ csv: first })).toMatchObject({ imported: 2, skipped: [], errors: [] });
    const second = await organizer.client.people.importCsv.mutate({ csv: `${first}\nagain-3@example.org,Третий` });
    expect(second).toEqual({
      total: 3,
      imported: 1,
      skipped: [
        { line: 2, email: 'again-1@example.org' },
        { line: 3, email: 'again-2@example.org' },
      ],
      errors: [],
    });
  });

  it('gives back any name and position it accepts exactly as stored, NFC-normalised and trimmed', async () => {
    const learner = await api().signedIn('learner@example.org');
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(text, text, async (name, position) => {
        const { status, body } = await learner.call('profile.update', 'mutation', { name, position });
        expect(status).toBeLessThan(500);
        if (status !== 200) return;
        const me = await learner.client.auth.me.query();
        expect([me.name, me.position]).toEqual([name.normalize('NFC').trim(), position.normalize('NFC').trim()]);
        expect(body.result.data).toMatchObject({ name: me.name, position: me.position });
      }),
      { numRuns: 40 },
    );
  });
});
