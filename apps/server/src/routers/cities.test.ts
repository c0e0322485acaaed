import { describeEachDialect } from '@gorod/db/testing';
import { TRPCClientError } from '@trpc/client';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

describeEachDialect('cities router', (dialect) => {
  const api = useTestServer(dialect);

  it('lists the largest cities first with a cursor to the next page', async () => {
    const { client } = api();
    const first = await client.cities.list.query({ limit: 2 });
    expect(first.items.map((c) => c.id)).toEqual(['moscow', expect.any(String)]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await client.cities.list.query({ limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((c) => c.id)).not.toContain('moscow');
  });

  it('defaults to a page of 50', async () => {
    const { client } = api();
    const page = await client.cities.list.query({});
    expect(page.items.length).toBeLessThanOrEqual(50);
    expect(page.items.length).toBeGreaterThan(0);
  });

  it('searches Russian, English and Chinese names alike, ignoring case and ё', async () => {
    const { client } = api();
    const ids = async (search: string) => (await client.cities.list.query({ search })).items.map((c) => c.id);
    expect(await ids('екатеринбург')).toContain('yekaterinburg');
    expect(await ids('Yekaterinburg')).toContain('yekaterinburg');
    expect(await ids('大连')).toEqual(['dalian']);
    expect(await ids('Королёв')).toEqual(await ids('королев'));
  });

  it('filters by region and country', async () => {
    const { client } = api();
    const page = await client.cities.list.query({ region: 'CN-LN' });
    expect(page.items.map((c) => c.name.zh)).toEqual(['大连']);
    const russia = await client.cities.list.query({ country: 'RU', limit: 100 });
    expect(russia.items.every((c) => c.country === 'RU')).toBe(true);
  });

  it('gets one city by id', async () => {
    const { client } = api();
    const city = await client.cities.get.query({ id: 'yekaterinburg' });
    expect(city).toMatchObject({ regionId: 'RU-SVE', timeZone: 'Asia/Yekaterinburg', name: { ru: 'Екатеринбург' } });
  });

  it('answers an unknown city with NOT_FOUND naming the id field', async () => {
    const { client } = api();
    const error = await client.cities.get.query({ id: 'atlantis' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    const { data } = error as TRPCClientError<any>;
    expect(data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404, i18nKey: 'errors.NOT_FOUND' });
    expect(data.issues).toEqual([expect.objectContaining({ path: ['id'], code: 'not_found' })]);
  });
});
