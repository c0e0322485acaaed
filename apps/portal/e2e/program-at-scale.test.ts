import { bumpProgramVersion, createDb, findProgramSession, insertSessions } from '@gorod/db';
import { describeEachDialect } from '@gorod/db/testing';
import { type Session, type SessionKind, sessionDay } from '@gorod/sdk';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { overflowsSideways, textOverflowing, usePortal } from './support/portal';

const browser = launchBrowserForFile();
const phone = { width: 375, height: 800 };
const editionId = 'cities-of-russia-2026';
const firstDay = '2026-11-27';
/** The demo program's 85 sessions and these make 300, as the forum's program may grow to. */
const extra = 215;

const rooms = ['main-hall', 'hall-a', 'hall-b', 'hall-c', 'hall-d', 'meeting-1', 'meeting-2', 'classroom', 'expo-hall'];
const tracks = ['hubs', 'small-towns', 'creative-economy', 'tourism', 'ai-government'];
const kinds: SessionKind[] = ['section', 'panel', 'round_table', 'workshop'];

/** The extra sessions over both days, every room, track and kind; one of them has a rare word to search for. */
function extraSessions(template: Session): Session[] {
  return Array.from({ length: extra }, (_, i) => {
    const day = i % 2 === 0 ? '2026-11-27' : '2026-11-28';
    const hour = 8 + (Math.floor(i / 2) % 12);
    const start = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+05:00`);
    return {
      ...template,
      id: `scale-${i}`,
      kind: kinds[i % kinds.length]!,
      title:
        i === 111
          ? { ru: 'Жаворонки малых городов: утренние маршруты', en: 'Larks of small towns: morning routes' }
          : { ru: `Секция развития территорий и городской среды № ${i + 1}`, en: `Territorial development section no. ${i + 1}` },
      description: null,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 50 * 60_000).toISOString(),
      roomId: rooms[i % rooms.length]!,
      trackIds: [tracks[i % tracks.length]!],
      languages: i % 3 === 0 ? ['ru', 'en'] : ['ru'],
      interpretation: [],
      partnerCityId: null,
      status: 'scheduled',
      version: 1,
    };
  });
}

const rowsShown = (page: Page) => page.getByTestId('session-row').count();

/** The count in the list's heading ("150 сессий"): what the page says it shows. */
async function countSaid(page: Page): Promise<number> {
  return Number(/\d+/.exec((await page.locator('#program-list-title').textContent()) ?? '')?.[0]);
}

async function waitForRows(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="session-row"]').length === n, count);
}

describeEachDialect('a program of 300 sessions on a phone', (dialect) => {
  const portal = usePortal(browser, dialect);

  beforeAll(async () => {
    const db = createDb({ url: portal().databaseUrl });
    try {
      const template = await findProgramSession(db, 'd1-hall-a-1');
      if (!template) throw new Error('The demo program has no session d1-hall-a-1');
      await insertSessions(db, extraSessions(template));
      await bumpProgramVersion(db, editionId);
    } finally {
      await db.destroy();
    }
  });

  it('shows one day at a time without sideways scrolling, and narrows the list by filters and search', async () => {
    const all = await portal().api.program.sessions.list.query({});
    expect(all).toHaveLength(300);
    const onFirstDay = all.filter((s) => sessionDay(s, 'Asia/Yekaterinburg') === firstDay);

    const page = await portal().open(`/program?day=${firstDay}`, { viewport: phone });
    await waitForRows(page, onFirstDay.length);
    expect(await countSaid(page)).toBe(onFirstDay.length);
    expect(await overflowsSideways(page)).toBe(false);
    expect(await textOverflowing(page)).toEqual([]);

    // A track narrows the day to that track's sessions.
    await page.getByLabel('Тема', { exact: true }).selectOption('tourism');
    const tourism = onFirstDay.filter((s) => s.trackIds.includes('tourism')).length;
    await waitForRows(page, tourism);
    expect(tourism).toBeLessThan(onFirstDay.length);
    expect(await countSaid(page)).toBe(tourism);

    // A room narrows it further; the search then looks through both days for a rare word.
    await page.getByLabel('Зал', { exact: true }).selectOption('hall-b');
    const tourismInHallB = onFirstDay.filter((s) => s.trackIds.includes('tourism') && s.roomId === 'hall-b').length;
    await waitForRows(page, tourismInHallB);
    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await waitForRows(page, onFirstDay.length);
    await page.getByLabel('Поиск', { exact: true }).fill('жаворонки');
    await waitForRows(page, 1);
    expect(await page.getByTestId('session-row').textContent()).toContain('Жаворонки малых городов');
    expect(await overflowsSideways(page)).toBe(false);
    expect(await rowsShown(page)).toBe(1);
  });
});
