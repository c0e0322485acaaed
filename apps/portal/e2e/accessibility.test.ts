import { AxeBuilder } from '@axe-core/playwright';
import { describeEachDialect } from '@gorod/db/testing';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { demo, usePortal } from './support/portal';

const browser = launchBrowserForFile();

/** What axe finds that a screen-reader or keyboard user would run into (serious and critical). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pages: { path: string; ready: string; signedInAs?: string }[] = [
  { path: '/', ready: '[data-testid="partner-city"]' },
  { path: '/cities', ready: '[data-city-id]' },
  { path: '/delegations', ready: '[data-testid="delegation-row"]' },
  { path: '/cities/yekaterinburg', ready: 'h1' },
  { path: '/sign-in', ready: 'form' },
  { path: '/profile', ready: 'form', signedInAs: demo.learner },
  { path: '/profile/tokens', ready: 'form', signedInAs: demo.learner },
  { path: '/people', ready: '[data-testid="person-row"]', signedInAs: demo.organizer },
  { path: '/audit', ready: '[data-testid="audit-row"]', signedInAs: demo.organizer },
  { path: '/program', ready: '[data-testid="session-row"]' },
  { path: '/program/d1-hall-d-1', ready: '[data-testid="speaker-list"]', signedInAs: demo.learner },
  { path: '/agenda', ready: '[data-testid="feed-url"]', signedInAs: demo.learner },
  { path: '/check-in', ready: 'form', signedInAs: demo.organizer },
  { path: '/organize/program', ready: '[data-testid="organize-sessions"]', signedInAs: demo.organizer },
];

describeEachDialect('accessibility (axe, WCAG 2.1 AA)', (dialect) => {
  const portal = usePortal(browser, dialect);

  // A sweep of every main page in two languages: given four minutes, as the page list grows with each area.
  it('finds nothing serious on the main pages, in Russian and in Chinese', async () => {
    const found: string[] = [];
    for (const locale of ['ru', 'zh'] as const) {
      for (const { path, ready, signedInAs } of pages) {
        const page = await portal().open(path, { locale, ...(signedInAs ? { signedInAs } : {}) });
        await page.locator(ready).first().waitFor();
        for (const violation of await seriousViolations(page)) found.push(`${locale} ${path} — ${violation}`);
        await page.close();
      }
    }
    expect(found).toEqual([]);
  }, 240_000);
});
