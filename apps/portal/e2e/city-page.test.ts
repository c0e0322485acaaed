import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { usePortal } from './support/portal';

const browser = launchBrowserForFile();

const russianMembers = (count: number) => {
  const form = new Intl.PluralRules('ru').select(count);
  return `${count} ${form === 'one' ? 'участник' : form === 'few' ? 'участника' : 'участников'}`;
};

describeEachDialect('city page', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('shows Yekaterinburg with its region, names and its delegation to the forum', async () => {
    const { api } = portal();
    const edition = await api.editions.current.query();
    const [delegation] = await api.delegations.list.query({ editionId: edition.id, cityId: 'yekaterinburg' });
    expect(delegation).toBeDefined();

    const page = await portal().open('/cities');
    await page.getByRole('link', { name: 'Екатеринбург', exact: true }).click();
    await page.waitForURL('**/cities/yekaterinburg');
    await page.getByTestId('delegation-head').waitFor();
    expect(await page.getByTestId('city-name').textContent()).toBe('Екатеринбург');
    expect(await page.getByTestId('city-names').textContent()).toContain('Yekaterinburg');
    expect(await page.getByTestId('city-names').textContent()).toContain('叶卡捷琳堡');
    const facts = await page.locator('article').textContent();
    expect(facts).toContain('Свердловская область');
    expect(facts).toContain('Уральский федеральный округ');
    expect(facts).toContain('время форума');
    expect(await page.getByTestId('delegation-head').textContent()).toBe(delegation?.headName.ru);
    expect(await page.getByTestId('delegation-members').textContent()).toBe(russianMembers(delegation?.membersCount ?? 0));
  });

  it('shows Dalian in Chinese as 大连 with its partner delegation', async () => {
    const page = await portal().open('/cities/dalian', { locale: 'zh' });
    await page.getByTestId('delegation-head').waitFor();
    expect(await page.getByTestId('city-name').textContent()).toBe('大连');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
    expect(await page.getByTestId('delegation-head').textContent()).toBe('李伟');
    expect(await page.locator('article').textContent()).toContain('辽宁省');
    expect(await page.getByTestId('delegation-members').textContent()).toMatch(/^\d+ 名成员$/);
  });

  it('says when a city has sent no delegation', async () => {
    const { api } = portal();
    const edition = await api.editions.current.query();
    const delegated = new Set((await api.delegations.list.query({ editionId: edition.id })).map((d) => d.cityId));
    const { items } = await api.cities.list.query({ limit: 100 });
    const city = items.find((c) => !delegated.has(c.id));
    expect(city, 'a city without a delegation in the demo data').toBeDefined();

    const page = await portal().open(`/cities/${city?.id}`);
    await page.getByTestId('delegation-none').waitFor();
    expect(await page.getByTestId('city-name').textContent()).toBe(city?.name.ru);
  });

  it('tells a visitor in English that an unknown city does not exist', async () => {
    const page = await portal().open('/cities/atlantis', { locale: 'en', allowConsoleErrors: [/status of 404/] });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-error-code')).toBe('NOT_FOUND');
    const text = await alert.textContent();
    expect(text).toContain('There is no such record');
    expect(text).not.toContain('No city with this id');
    expect(await page.getByRole('link', { name: 'All cities' }).count()).toBe(1);
  });
});
