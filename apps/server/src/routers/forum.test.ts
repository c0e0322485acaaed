import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

describeEachDialect('editions and delegations routers', (dialect) => {
  // Two days before the forum opens.
  const api = useTestServer(dialect, { now: () => new Date('2026-11-25T09:00:00Z') });

  it('announces the IX forum in Yekaterinburg as the current edition', async () => {
    const edition = await api().client.editions.current.query();
    expect(edition).toMatchObject({
      venueCityId: 'yekaterinburg',
      startDate: '2026-11-27',
      endDate: '2026-11-28',
      timeZone: 'Asia/Yekaterinburg',
    });
    expect(edition.title.ru).toContain('Города России');
  });

  it('lists 39 Russian delegations and the partner city Dalian', async () => {
    const { client } = api();
    const edition = await client.editions.current.query();
    const delegations = await client.delegations.list.query({ editionId: edition.id });
    expect(delegations.map((d) => d.cityId)).toContain('dalian');
    expect(delegations.map((d) => d.cityId)).toContain('yekaterinburg');
    expect(delegations.filter((d) => d.cityId !== 'dalian')).toHaveLength(39);
    expect(delegations.every((d) => d.membersCount >= 1 && d.headName.ru && d.headName.en && d.headName.zh)).toBe(true);
  });

  it('narrows to one city’s delegation', async () => {
    const { client } = api();
    const edition = await client.editions.current.query();
    const [dalian, ...rest] = await client.delegations.list.query({ editionId: edition.id, cityId: 'dalian' });
    expect(rest).toEqual([]);
    expect(dalian?.headName.zh).toBe('李伟');
  });

  it('refuses an unknown edition with a 404 naming editionId', async () => {
    const { status, body } = await api().rawQuery('delegations.list', { editionId: 'forum-1999' });
    expect(status).toBe(404);
    expect(body.error.data.issues[0].path).toEqual(['editionId']);
  });

  it('joins the partner cities abroad with their region and delegation in one answer', async () => {
    const { client } = api();
    const edition = await client.editions.current.query();
    const partners = await client.delegations.partners.query({ editionId: edition.id });
    expect(partners).toHaveLength(1);
    const [dalian] = partners;
    expect(dalian?.city).toMatchObject({ id: 'dalian', country: 'CN' });
    expect(dalian?.region).toMatchObject({ id: dalian?.city.regionId, country: 'CN', federalDistrict: null });
    expect(dalian?.delegation).toMatchObject({ cityId: 'dalian', editionId: edition.id });
    expect(dalian?.delegation.headName.zh).toBe('李伟');
  });

  it('refuses partners of an unknown edition with a 404 naming editionId', async () => {
    const { status, body } = await api().rawQuery('delegations.partners', { editionId: 'forum-1999' });
    expect(status).toBe(404);
    expect(body.error.data.issues[0].path).toEqual(['editionId']);
  });

  it('lists regions with federal districts', async () => {
    const regions = await api().client.regions.list.query();
    expect(regions.find((r) => r.id === 'RU-SVE')?.federalDistrict).toBe('ural');
  });
});
