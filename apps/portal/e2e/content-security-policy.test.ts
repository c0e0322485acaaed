import { describeEachDialect } from '@gorod/db/testing';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { demo, usePortal } from './support/portal';

const browser = launchBrowserForFile();

/**
 * Records every Content-Security-Policy violation the page reports from now on, across navigations:
 * the listener is installed before any script of each new document runs.
 */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('gorodReportViolation', (violation: string) => violations.push(violation));
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { gorodReportViolation: (v: string) => void }).gorodReportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`);
    });
  });
  return violations;
}

/** Visits each path by following the app's own navigation, waiting until its main heading is shown. */
async function visit(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(new URL(path, page.url()).href);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }
}

describeEachDialect('the portal under its Content-Security-Policy', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('ships its first page with the strict policy and without inline script or style', async () => {
    const response = await fetch(`${portal().url}/reset-password/some-secret`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await response.text();
    expect(html).toContain('<div id="root">');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !/\ssrc="\/assets\//.test(tag))).toEqual([]);
    expect(html).not.toMatch(/<style\b|\sstyle="/);
  });

  it('runs the public pages with no policy violation', async () => {
    const page = await portal().open('/', { allowConsoleErrors: [/status of 404/] });
    const violations = await recordViolations(page);
    await visit(page, ['/', '/cities', '/cities/perm', '/program', '/program/d1-hall-d-1', '/sign-in', '/forgot-password', '/reset-password/not-a-real-secret']);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh');
    expect(violations).toEqual([]);
  });

  it('runs the signed-in and organizer pages with no policy violation', async () => {
    const page = await portal().open('/', { signedInAs: demo.organizer });
    const violations = await recordViolations(page);
    await visit(page, ['/profile', '/profile/tokens', '/people', '/audit', '/mail', '/agenda', '/check-in', '/organize/program']);
    expect(violations).toEqual([]);
  });
});
