import { describeEachDialect } from '@gorod/db/testing';
import { cityLocalTime } from '@gorod/sdk';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { cityIdsOnPage, usePortal, waitForCityIds } from './support/portal';

const browser = launchBrowserForFile();

describeEachDialect('cities directory', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('lists the cities in Russian, Moscow first, each with its local time', async () => {
    const page = await portal().open('/cities');
    const ids = await waitForCityIds(page, (ids) => ids.length > 0);
    expect(ids[0]).toBe('moscow');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    const moscow = page.locator('[data-city-id="moscow"]');
    expect(await moscow.locator('.city-row__name').textContent()).toBe('Москва');
    expect(await moscow.locator('.city-row__population').textContent()).toMatch(/^\d{1,3}(\s\d{3})+\sжител(ь|я|ей)$/);
    const times = await page.locator('[data-testid="city-local-time"]').allTextContents();
    expect(times.length).toBe(ids.length);
    for (const time of times) expect(time).toMatch(/^\d{2}:\d{2}$/);
    const now = Date.now();
    const moscowNow = [now - 60_000, now].map((t) => cityLocalTime({ timeZone: 'Europe/Moscow' }, new Date(t)));
    expect(moscowNow).toContain(await moscow.getByTestId('city-local-time').textContent());
    // Moscow is two hours behind the forum in Yekaterinburg (neither changes clocks).
    expect(await moscow.getByTestId('city-forum-offset').getAttribute('data-offset-minutes')).toBe('-120');
  });

  it('finds Yekaterinburg by its Russian, English and Chinese names', async () => {
    const page = await portal().open('/cities');
    await waitForCityIds(page, (ids) => ids.length > 0);
    const search = page.getByLabel('Название города');
    for (const query of ['екатеринбург', 'Yekaterinburg', '叶卡捷琳堡']) {
      await search.fill(query);
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      const ids = await waitForCityIds(page, (ids) => !ids.includes('moscow') && ids.length > 0);
      expect(ids, query).toContain('yekaterinburg');
    }
  });

  it('finds Королёв when searching королев, since ё and е match', async () => {
    const page = await portal().open('/cities?q=королев');
    const ids = await waitForCityIds(page, (ids) => ids.length > 0);
    expect(ids).toContain('korolyov');
    expect(await page.locator('[data-city-id="korolyov"] .city-row__name').textContent()).toBe('Королёв');
  });

  it('narrows the list, and the region choice, to one federal district', async () => {
    const page = await portal().open('/cities');
    await waitForCityIds(page, (ids) => ids.includes('moscow'));
    await page.getByLabel('Федеральный округ').selectOption('ural');
    await page.waitForURL((url) => url.searchParams.get('district') === 'ural');
    const ids = await waitForCityIds(page, (ids) => ids.includes('yekaterinburg') && !ids.includes('moscow'));
    expect(ids).not.toContain('saint-petersburg');
    const regionOptions = await page.getByLabel('Регион').locator('option').evaluateAll((options) =>
      options.map((option) => (option as HTMLOptionElement).value),
    );
    expect(regionOptions).toContain('RU-SVE');
    expect(regionOptions).not.toContain('RU-MOW');
    expect(regionOptions).not.toContain('CN-LN');

    await page.getByLabel('Регион').selectOption('RU-SVE');
    await page.waitForURL((url) => url.searchParams.get('region') === 'RU-SVE');
    await waitForCityIds(page, (ids) => ids[0] === 'yekaterinburg' && !ids.includes('chelyabinsk'));
    const regions = await page.locator('.city-row__region').allTextContents();
    for (const region of regions) expect(region).toMatch(/^Свердловская область/);
  });

  it('reproduces a filtered view from its link', async () => {
    const page = await portal().open('/cities?district=northwestern&q=%D0%BF%D0%B5%D1%82%D0%B5%D1%80%D0%B1%D1%83%D1%80%D0%B3');
    const ids = await waitForCityIds(page, (ids) => ids.length > 0);
    expect(ids).toContain('saint-petersburg');
    expect(await page.getByLabel('Название города').inputValue()).toBe('петербург');
    expect(await page.getByLabel('Федеральный округ').inputValue()).toBe('northwestern');
  });

  it('adds the next page on "show more" without repeating a city', async () => {
    const page = await portal().open('/cities');
    const firstPage = await waitForCityIds(page, (ids) => ids.length > 0);
    expect(firstPage).toHaveLength(20);
    await page.getByRole('button', { name: 'Показать ещё' }).click();
    const bothPages = await waitForCityIds(page, (ids) => ids.length > 20);
    expect(bothPages.slice(0, 20)).toEqual(firstPage);
    expect(new Set(bothPages).size).toBe(bothPages.length);
    const { total } = await portal().api.cities.list.query({ limit: 1 });
    expect(await page.getByRole('heading', { name: `Показано ${bothPages.length} из ${total} городов` }).count()).toBe(1);
  });

  it('says so when nothing matches, and resets the filters on request', async () => {
    const page = await portal().open('/cities?q=Атлантида');
    await page.getByTestId('cities-empty').waitFor();
    expect(await page.getByTestId('cities-empty').textContent()).toContain('Ничего не нашлось');
    await page.getByTestId('cities-empty').getByRole('button', { name: 'Сбросить фильтры' }).click();
    await waitForCityIds(page, (ids) => ids[0] === 'moscow');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByLabel('Название города').inputValue()).toBe('');
  });

  it('explains a too long search in the reader’s language, not the server’s', async () => {
    const page = await portal().open(`/cities?q=${'x'.repeat(101)}`, {
      locale: 'en',
      allowConsoleErrors: [/status of 400/],
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-error-code')).toBe('INVALID_INPUT');
    expect(await alert.textContent()).toContain('Search: at most 100 characters');
    expect(await cityIdsOnPage(page)).toEqual([]);
  });
});
