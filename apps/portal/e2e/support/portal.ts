import { fileURLToPath } from 'node:url';
import { createDb, type DialectName } from '@gorod/db';
import { createTestDatabaseUrl } from '@gorod/db/testing';
import { createGorodClient, type GorodClient, type Locale } from '@gorod/sdk';
import { Agent, mailedLink as mailedLinkIn, type SpawnedServer, spawnServer } from '@gorod/server/testing';
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
  /** Signs the context in (through the API, as the sign-in form would) before opening the page. */
  signedInAs?: string;
  /** The password for `signedInAs`; the demo accounts' by default. */
  password?: string;
}

/** The demo accounts `serve --demo` creates, all with the password `gorod-demo`. */
export const demo = {
  organizer: 'organizer@example.org',
  instructor: 'instructor@example.org',
  learner: 'learner@example.org',
  password: 'gorod-demo',
} as const;

export interface Portal {
  url: string;
  /** The server's database: tests read mailed links from its outbox table, as no page shows them. */
  databaseUrl: string;
  /** A typed client of the same server, to read the facts a page should show. */
  api: GorodClient;
  /** A fresh browser context (no storage, no cache) with the page at `path`. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** An API caller signed in as the demo organizer (one per server): reads the outbox, invites people. */
  organizer(): Promise<Agent>;
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
  let organizer: Promise<Agent> | undefined;
  let problems: string[] = [];

  beforeAll(async () => {
    const database = await createTestDatabaseUrl(dialect);
    drop = database.drop;
    server = await spawnServer({ DATABASE_URL: database.url, PORTAL_DIR: portalDist });
    // Chromium and Node may resolve "localhost" differently; the server listens on 127.0.0.1.
    const url = server.url.replace('//localhost:', '//127.0.0.1:');
    portal = {
      url,
      databaseUrl: database.url,
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
        if (options.signedInAs) {
          const response = await context.request.post(`${url}/api/trpc/auth.signIn`, {
            data: { email: options.signedInAs, password: options.password ?? demo.password },
          });
          if (!response.ok()) throw new Error(`Signing in as ${options.signedInAs} failed: ${response.status()} ${await response.text()}`);
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
      organizer() {
        organizer ??= new Agent(url).signIn(demo.organizer);
        return organizer;
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
    organizer = undefined;
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

/** The newest link of a kind mailed to `to`, read from the server's outbox table (no page shows links). */
export async function mailedLink(portal: Portal, to: string, kind: 'invitation' | 'reset-password'): Promise<string> {
  const db = createDb({ url: portal.databaseUrl });
  try {
    return await mailedLinkIn(db, to, kind === 'invitation' ? 'invitation' : 'password_reset');
  } finally {
    await db.destroy();
  }
}

let people = 0;

/** A new person invited by the organizer who has accepted and chosen `password`: an account a test may change. */
export async function createPerson(
  portal: Portal,
  { name = 'Тестовый Участник', password = 'test-password-1', roles = ['learner'] as ('learner' | 'instructor' | 'organizer')[] } = {},
): Promise<{ id: string; email: string; name: string; password: string }> {
  people += 1;
  const email = `person-${Date.now().toString(36)}-${people}@example.org`;
  const agent = await portal.organizer();
  const user = await agent.client.people.invite.mutate({ email, name, roles });
  const link = await mailedLink(portal, email, 'invitation');
  const token = link.split('/').at(-1) ?? '';
  await new Agent(portal.url).client.auth.acceptInvitation.mutate({ token, password });
  return { id: user.id, email, name, password };
}

/** Whether the page scrolls sideways (it must not, on a phone). */
export async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/**
 * Elements whose text does not fit: wider than their box (clipped or spilling over) or past the right edge
 * of the window. An input or select is judged by its box only (a select cannot wrap its option), and a
 * box that scrolls sideways on purpose (a CSV sample) is fine.
 */
export async function textOverflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('main *, header *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || element.closest('.visually-hidden')) return false;
        const style = getComputedStyle(element);
        const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
        const clipped =
          !['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName) &&
          !scrolls &&
          style.display !== 'inline' &&
          element.clientWidth > 0 &&
          element.scrollWidth > element.clientWidth + 1;
        return box.right > edge + 1 || clipped;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`);
  });
}

/**
 * Words of a label, a term, a badge or a button that are split across lines ("Элект/ронна/я"): short
 * words should move to the next line whole. (Long words may still hyphenate at a syllable.)
 */
export async function brokenWords(page: Page, longest = 12): Promise<string[]> {
  return page.evaluate((longest) => {
    const broken: string[] = [];
    const holders = document.querySelectorAll('main label, main dt, main dd, main legend, main summary, main button, main .badge, main h1, main h2');
    for (const holder of holders) {
      const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
          if (match[0].length > longest) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, longest);
}
