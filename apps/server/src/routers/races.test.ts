import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { expectNoServerError, expectOneWinner, race } from '../testing/race.js';
import { useTestServer } from '../testing/test-server.js';

// Every unique key a procedure writes, raced: one winner, the rest contract errors, never a 500.
describeEachDialect('concurrent writes to one unique key', (dialect) => {
  const api = useTestServer(dialect);

  it('invites one email once when eight organizers invite it at the same moment; the rest get CONFLICT at email', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const outcomes = await race(organizer, 'people.invite', 'mutation', { email: 'Race@Example.org', name: 'Гонка' });
    expectOneWinner(outcomes, { code: 'CONFLICT', path: ['email'], issueCode: 'taken' });
    const { items } = await organizer.client.people.list.query({ search: 'race@example.org' });
    expect(items.map((u) => u.email)).toEqual(['race@example.org']);
  });

  it('imports overlapping participants files once each row, reporting the rows another import took as skipped', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const emails = ['a', 'b', 'c', 'd', 'e'].map((n) => `overlap-${n}@example.org`);
    const files = [
      ['email,name', ...emails.map((e) => `${e},Участник`)].join('\n'),
      ['email,name', ...[...emails].reverse().map((e) => `${e},Участник`)].join('\n'),
      ['email,name', ...emails.slice(2).map((e) => `${e},Участник`), 'overlap-f@example.org,Новый'].join('\n'),
    ];
    const outcomes = await race(organizer, 'people.importCsv', 'mutation', (i: number) => ({ csv: files[i % files.length] }), 6);
    expectNoServerError(outcomes);
    const reports = outcomes.map((o) => o.body.result.data);
    expect(outcomes.map((o) => o.status)).toEqual(Array(6).fill(200));
    for (const report of reports) {
      expect(report.errors).toEqual([]);
      expect(report.imported + report.skipped.length).toBe(report.total);
    }
    expect(reports.reduce((sum, r) => sum + r.imported, 0)).toBe(6);
    const { items } = await organizer.client.people.list.query({ search: 'overlap-', limit: 100 });
    expect(items.map((u) => u.email).sort()).toEqual([...emails, 'overlap-f@example.org'].sort());
  });

  it('keeps one whole role set, never duplicated, when roles are replaced concurrently', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const person = await organizer.client.people.invite.mutate({ email: 'roles-race@example.org', name: 'Роли' });
    const sets = [['learner'], ['instructor', 'learner'], ['organizer', 'instructor'], ['learner', 'learner', 'organizer']];
    const outcomes = await race(organizer, 'people.setRoles', 'mutation', (i: number) => ({ userId: person.id, roles: sets[i % sets.length] }), 8);
    expectNoServerError(outcomes);
    const { items } = await organizer.client.people.list.query({ search: 'roles-race@' });
    const roles = items[0]!.roles;
    expect(new Set(roles).size).toBe(roles.length);
    expect(sets.map((set) => [...new Set(set)].sort().join())).toContain([...roles].sort().join());
  });

  it('counts concurrent failed sign-ins of one account without a fault (the throttle key is upserted)', async () => {
    const outcomes = await race(api().agent(), 'auth.signIn', 'mutation', { email: 'instructor@example.org', password: 'not-the-password' }, 8);
    expectNoServerError(outcomes);
    expect(outcomes.every((o) => o.status === 401 || o.status === 429)).toBe(true);
  });
});
