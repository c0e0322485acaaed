import { describeEachDialect } from '@gorod/db/testing';
import { editionPhase } from '@gorod/sdk';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { usePortal, waitForCityIds } from './support/portal';

const browser = launchBrowserForFile();

const phone = { width: 375, height: 740 };

describeEachDialect('portal shell and overview', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('presents the forum: dates, venue, delegations and the partner city Dalian', async () => {
    const { api } = portal();
    const edition = await api.editions.current.query();
    const delegations = await api.delegations.list.query({ editionId: edition.id });

    const page = await portal().open('/');
    await page.getByTestId('partner-city').waitFor();
    expect(await page.locator('h1').textContent()).toContain('Города России: технологии лидерства');
    expect(await page.getByTestId('edition-dates').textContent()).toBe('27–28 ноября 2026 г.');
    expect(await page.getByTestId('venue').textContent()).toBe('Екатеринбург');
    expect(await page.getByTestId('delegations-count').textContent()).toMatch(
      new RegExp(`^${delegations.length}\\s*делегаци`),
    );
    expect(await page.getByTestId('partner-city').textContent()).toContain('Далянь');
    const phases = await page.getByTestId('edition-phase').evaluateAll((badges) =>
      badges.map((badge) => badge.getAttribute('data-phase')),
    );
    expect(phases[0]).toBe(editionPhase(edition, new Date()));

    await page.getByRole('link', { name: 'Справочник городов' }).first().click();
    await waitForCityIds(page, (ids) => ids[0] === 'moscow');
  });

  it('switches to Chinese, marks the page zh, and keeps the choice after a reload', async () => {
    const page = await portal().open('/cities');
    await waitForCityIds(page, (ids) => ids.length > 0);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '城市', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
    expect(await page.locator('[data-city-id="moscow"] .city-row__name').textContent()).toBe('莫斯科');
    expect(await page.getByTestId('edition-dates').textContent()).toContain('2026年11月27日');

    await page.reload();
    await page.getByRole('heading', { name: '城市', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
    expect(await page.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toBe('俄罗斯城市：领导力技术');
  });

  it('shows a translated not-found page for an address it does not know', async () => {
    const page = await portal().open('/no-such-page');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Страница не найдена');
    await page.getByRole('button', { name: 'English' }).click();
    // The English catalogue loads on demand; the page switches once it has.
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });

  it('fits a 375-px phone: no sideways scrolling and tap targets of at least 40 px', async () => {
    for (const [path, locale] of [
      ['/', 'ru'],
      ['/cities', 'ru'],
      ['/cities/yekaterinburg', 'ru'],
      ['/cities', 'zh'],
      ['/cities/dalian', 'en'],
    ] as const) {
      const page = await portal().open(path, { viewport: phone, locale });
      await page.locator('[data-testid="city-row"], [data-testid="delegation"], [data-testid="partner-city"]').first().waitFor();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `${locale} ${path}`).toBeLessThanOrEqual(innerWidth);
      const small = await page
        .locator('header a, header button, main button, main .button, main input, main select, .city-row')
        .evaluateAll((elements) =>
          elements
            .filter((element) => (element as HTMLElement).offsetParent !== null)
            .map((element) => ({ text: element.textContent?.trim().slice(0, 30), height: element.getBoundingClientRect().height }))
            .filter(({ height }) => height < 40),
        );
      expect(small, `${locale} ${path}`).toEqual([]);
    }
  });
});
