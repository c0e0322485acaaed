import { fileURLToPath } from 'node:url';
import type { DialectName } from '@gorod/db';
import { createTestDatabaseUrl } from '@gorod/db/testing';
import { createGorodClient, type GorodClient, type Locale } from '@gorod/sdk';
import { type SpawnedServer, spawnServer } from '@gorod/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/** The built portal, as the server serves it in production. */
export const portalDist = fileURLToPath(new URL('../../dist', import.meta.url));

export interface OpenOptions {
  /** The interface language the visitor chose before (stored as the portal stores it); default Russian. */
  locale?: Locale;
  viewport?: { width: number; height: number };
  /**
   * Console errors this test expects. Chromium logs every 4xx answer as "Failed to load resource", so a test
   * of a NOT_FOUND or INVALID_INPUT page allows exactly that line.
   */
  allowConsoleErrors?: RegExp[];
}

export interface Portal {
  url: string;
  /** A typed client of the same server, to read the facts a page should show. */
  api: GorodClient;
  /** A fresh browser context (no storage, no cache) with the page at `path`. */
  open(path: string, options?: OpenOptions): Promise<Page>;
}

/**
 * The real built server (`dist/main.js serve --demo`) with the built portal, on a fresh database of one
 * dialect, for this describe block. Every test's contexts are closed after it, and the test fails on any
 * page error or unexpected console error.
 */
export function usePortal(browser: () => Browser, dialect: DialectName): () => Portal {
  let server: SpawnedServer | undefined;
  let drop: (() => Promise<void>) | undefined;
  let portal: Portal | undefined;
  let contexts: BrowserContext[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    const database = await createTestDatabaseUrl(dialect);
    drop = database.drop;
    server = await spawnServer({ DATABASE_URL: database.url, PORTAL_DIR: portalDist });
    // Chromium and Node may resolve "localhost" differently; the server listens on 127.0.0.1.
    const url = server.url.replace('//localhost:', '//127.0.0.1:');
    portal = {
      url,
      api: createGorodClient({ url }),
      async open(path, options = {}) {
        const context = await browser().newContext({
          viewport: options.viewport ?? { width: 1280, height: 900 },
          locale: 'ru-RU',
        });
        contexts.push(context);
        if (options.locale) {
          await context.addInitScript((locale) => {
            if (!window.localStorage.getItem('gorod.locale')) window.localStorage.setItem('gorod.locale', locale);
          }, options.locale);
        }
        const page = await context.newPage();
        page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const text = message.text();
          if (!options.allowConsoleErrors?.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`);
        });
        await page.goto(`${url}${path}`);
        return page;
      },
    };
  });

  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    const seen = problems;
    problems = [];
    expect(seen, 'page errors and console errors during the test').toEqual([]);
  });

  afterAll(async () => {
    await server?.stop();
    await drop?.();
  });

  return () => {
    if (!portal) throw new Error('The portal is not ready: use it inside a test');
    return portal;
  };
}

/** The ids of the directory rows on screen, in order. */
export async function cityIdsOnPage(page: Page): Promise<string[]> {
  return page.locator('[data-testid="city-row"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-city-id') ?? ''));
}

/** Waits until the directory shows rows that satisfy `check` (the list updates after a debounce). */
export async function waitForCityIds(page: Page, check: (ids: string[]) => boolean, timeout = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const ids = await cityIdsOnPage(page);
    const settled = (await page.locator('[data-testid="city-list"][aria-busy="true"]').count()) === 0;
    if (settled && check(ids)) return ids;
    if (Date.now() > deadline) throw new Error(`The directory never showed the expected cities; it shows: ${ids.join(', ')}`);
    await page.waitForTimeout(50);
  }
}
