import { describeEachDialect } from '@gorod/db/testing';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { createPerson, demo, overflowsSideways, usePortal } from './support/portal';

const browser = launchBrowserForFile();

const phone = { width: 375, height: 740 };

/** Waits until the delegation list, settled, shows rows (by city id) that satisfy `check`. */
async function waitForDelegations(page: Page, check: (ids: string[]) => boolean, timeout = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const ids = await page
      .locator('[data-testid="delegation-row"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-city-id') ?? ''));
    const settled = (await page.locator('[data-testid="delegation-list"][aria-busy="true"]').count()) === 0;
    if (settled && check(ids)) return ids;
    if (Date.now() > deadline) throw new Error(`The delegations page never showed the expected cities; it shows: ${ids.join(', ')}`);
    await page.waitForTimeout(50);
  }
}

describeEachDialect('delegations page', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('opens from the overview’s delegations figure and lists each delegation with its head and local time', async () => {
    const page = await portal().open('/');
    await page.getByTestId('delegations-count').getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/delegations');
    const ids = await waitForDelegations(page, (ids) => ids.length > 0);
    expect(ids.length).toBe(20);
    expect(await page.getByTestId('delegations-total').textContent()).toBe('Показано 20 из 40 делегаций');
    const dalian = page.locator('[data-city-id="dalian"]');
    expect(await dalian.getByTestId('delegation-head').textContent()).toBe('Глава: Ли Вэй, Заместитель мэра');
    expect(await dalian.getByTestId('city-local-time').textContent()).toMatch(/^\d{2}:\d{2}$/);
    expect(await dalian.getByRole('link').getAttribute('href')).toBe('/cities/dalian');
  });

  it('finds a delegation by its city’s Russian, English or Chinese name, kept in the address', async () => {
    const page = await portal().open('/delegations');
    await waitForDelegations(page, (ids) => ids.length > 0);
    const search = page.getByLabel('Название города');
    for (const query of ['Далянь', 'dalian', '大连']) {
      await search.fill(query);
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      expect(await waitForDelegations(page, (ids) => ids.length === 1), query).toEqual(['dalian']);
    }
  });

  it('narrows to one federal district and then one region', async () => {
    const page = await portal().open('/delegations?district=ural');
    const ural = await waitForDelegations(page, (ids) => ids.includes('yekaterinburg') && !ids.includes('dalian'));
    expect(ural).not.toContain('moscow');
    await page.getByLabel('Регион').selectOption('RU-SVE');
    await page.waitForURL((url) => url.searchParams.get('region') === 'RU-SVE');
    expect(await waitForDelegations(page, (ids) => ids.length === 1)).toEqual(['yekaterinburg']);
  });

  it('lets an organizer assign a person to a delegation as its head, and the registered count rises', async () => {
    const person = await createPerson(portal(), { name: 'Делегат Пермский' });
    const before = await portal().open('/delegations?q=пермь');
    await waitForDelegations(before, (ids) => ids.length === 1);
    const linked = Number(await before.getByTestId('delegation-members').getAttribute('data-linked'));

    const page = await portal().open('/people', { signedInAs: demo.organizer });
    await page.getByLabel('Имя или почта').fill(person.email);
    const row = page.locator(`[data-testid="person-row"][data-email="${person.email}"]`);
    const form = row.getByTestId('delegation-form');
    await form.getByLabel('Делегация').selectOption({ label: 'Пермь' });
    await form.getByLabel('Глава делегации').check();
    await form.getByRole('button', { name: 'Сохранить делегацию' }).click();
    await form.getByRole('status').waitFor();

    const after = await portal().open('/delegations?q=пермь');
    await waitForDelegations(after, (ids) => ids.length === 1);
    expect(Number(await after.getByTestId('delegation-members').getAttribute('data-linked'))).toBe(linked + 1);
  });

  it('fits a 375 px phone without sideways scrolling', async () => {
    const page = await portal().open('/delegations', { viewport: phone });
    await waitForDelegations(page, (ids) => ids.length > 0);
    expect(await overflowsSideways(page)).toBe(false);
  });
});
