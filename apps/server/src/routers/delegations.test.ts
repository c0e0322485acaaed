import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

describeEachDialect('the delegation directory and people linked to delegations', (dialect) => {
  const api = useTestServer(dialect, { now: () => new Date('2026-11-25T09:00:00Z') });
  const editionId = 'cities-of-russia-2026';

  it('pages the edition’s delegations with city, region and counts, largest first', async () => {
    const { client } = api();
    const first = await client.delegations.directory.query({ editionId, limit: 10 });
    expect(first.total).toBe(40);
    expect(first.items).toHaveLength(10);
    const sizes = first.items.map((entry) => entry.delegation.membersCount);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const second = await client.delegations.directory.query({ editionId, limit: 10, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((e) => e.city.id)).not.toContain(first.items[0]?.city.id);
    expect(first.items.every((e) => e.region.id === e.city.regionId && e.city.timeZone.length > 0)).toBe(true);
  });

  it('finds a delegation by its city’s Russian, English or Chinese name, ignoring case', async () => {
    const { client } = api();
    for (const search of ['ДАЛЯНЬ', 'dalian', '大连']) {
      const page = await client.delegations.directory.query({ editionId, search });
      expect(page.items.map((e) => e.city.id), search).toEqual(['dalian']);
    }
  });

  it('filters by federal district and by region', async () => {
    const { client } = api();
    const ural = await client.delegations.directory.query({ editionId, federalDistrict: 'ural', limit: 100 });
    expect(ural.items.length).toBeGreaterThan(0);
    expect(ural.items.every((e) => e.region.federalDistrict === 'ural')).toBe(true);
    const region = ural.items[0]!.region.id;
    const one = await client.delegations.directory.query({ editionId, region });
    expect(one.items.every((e) => e.region.id === region)).toBe(true);
  });

  it('refuses an unknown edition with a 404 naming editionId', async () => {
    const { status, body } = await api().rawQuery('delegations.directory', { editionId: 'forum-1999' });
    expect(status).toBe(404);
    expect(body.error.data.issues[0].path).toEqual(['editionId']);
  });

  it('links a person to a delegation as its head, counts them, audits it and unlinks them', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const person = await organizer.client.people.invite.mutate({ email: 'perm-head@example.org', name: 'Глава делегации' });
    const [perm] = (await organizer.client.delegations.directory.query({ editionId, search: 'perm' })).items;
    expect(perm?.city.id).toBe('perm');
    const before = perm!.linkedMembersCount;

    const linked = await organizer.client.people.setDelegation.mutate({ userId: person.id, delegationId: perm!.delegation.id, head: true });
    expect(linked).toEqual({ userId: person.id, delegationId: perm!.delegation.id, head: true });
    const [after] = (await organizer.client.delegations.directory.query({ editionId, search: 'perm' })).items;
    expect(after).toMatchObject({ headUserId: person.id, linkedMembersCount: before + 1 });
    const row = (await organizer.client.people.list.query({ search: 'perm-head' })).items[0];
    expect(row).toMatchObject({ delegationId: perm!.delegation.id, delegationHead: true });
    const events = await organizer.client.audit.list.query({ event: 'people.delegation_changed' });
    expect(events.items[0]).toMatchObject({ subjectUserId: person.id, details: { to: perm!.delegation.id, head: true } });

    await organizer.client.people.setDelegation.mutate({ userId: person.id, delegationId: null });
    const [unlinked] = (await organizer.client.delegations.directory.query({ editionId, search: 'perm' })).items;
    expect(unlinked).toMatchObject({ headUserId: null, linkedMembersCount: before });
  });

  it('refuses an unknown delegation with a 404 naming delegationId and changes nothing', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const person = await organizer.client.people.invite.mutate({ email: 'nowhere@example.org', name: 'Никуда' });
    const { status, body } = await organizer.call('people.setDelegation', 'mutation', { userId: person.id, delegationId: 'no-such' });
    expect(status).toBe(404);
    expect(body.error.data.issues[0].path).toEqual(['delegationId']);
    const row = (await organizer.client.people.list.query({ search: 'nowhere' })).items[0];
    expect(row?.delegationId).toBeNull();
  });

  it('refuses a participant who tries to link themself', async () => {
    const learner = await api().signedIn('learner@example.org');
    const me = await learner.client.auth.me.query();
    const { status } = await learner.call('people.setDelegation', 'mutation', { userId: me!.id, delegationId: null });
    expect(status).toBe(403);
  });

  it('imports participants with a delegation column and names the field of an unknown delegation', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const [before] = (await organizer.client.delegations.directory.query({ editionId, search: 'perm' })).items;
    const csv = 'email,name,delegation\ncsv-perm@example.org,Пермяк,Perm\ncsv-nowhere@example.org,Никто,atlantis\n';
    const refused = await organizer.client.people.importCsv.mutate({ csv });
    expect(refused.imported).toBe(0);
    expect(refused.errors.map((e) => [e.line, e.field, e.issue.code])).toEqual([[3, 'delegation', 'not_found']]);

    const partial = await organizer.client.people.importCsv.mutate({ csv, importGoodRows: true });
    expect(partial.imported).toBe(1);
    const row = (await organizer.client.people.list.query({ search: 'csv-perm' })).items[0];
    expect(row).toMatchObject({ delegationId: before!.delegation.id, delegationHead: false });
    const [after] = (await organizer.client.delegations.directory.query({ editionId, search: 'perm' })).items;
    expect(after!.linkedMembersCount).toBe(before!.linkedMembersCount + 1);
  });
});
