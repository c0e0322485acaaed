import { AxeBuilder } from '@axe-core/playwright';
import { createDb, type DialectName } from '@gorod/db';
import { describeEachDialect } from '@gorod/db/testing';
import type { OutlineInput } from '@gorod/sdk';
import { Agent } from '@gorod/server/testing';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { createPerson, demo, overflowsSideways, type Portal, textOverflowing, usePortal } from './support/portal';

const browser = launchBrowserForFile();
const phone = { width: 375, height: 800 };
const screenshots = new URL('../.test-results/courses/', import.meta.url).pathname;
/** Going offline mid-lesson may cut a read already on its way (the page reads it again later); Chromium logs that. */
const offlineErrors = [/ERR_INTERNET_DISCONNECTED/];

/**
 * Records every Content-Security-Policy violation the page reports from now on, across navigations (as
 * the policy's own test does).
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

/** What axe finds that a screen-reader or keyboard user would run into (serious and critical, WCAG 2.1 AA). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page fits a phone: nothing scrolls sideways and no text spills; a screenshot to look at. */
async function fitsPhone(page: Page, name: string) {
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  expect(await overflowsSideways(page), `${name} scrolls sideways`).toBe(false);
  expect(await textOverflowing(page), `${name} has text that does not fit`).toEqual([]);
}

/** A published open course built by the demo instructor through the API: an article, a video, a class, and a module after it. */
async function publishCourse(portal: Portal, dialect: DialectName, slug = `municipal-tourism-${dialect}`) {
  const instructor = await new Agent(portal.url).signIn(demo.instructor);
  const [session] = await portal.api.program.sessions.list.query({ kind: 'course_class' });
  if (!session) throw new Error('The demo program has no course class');
  const { id: courseId } = await instructor.client.courses.create.mutate({
    slug,
    title: { ru: `Туризм в малом городе (${dialect})`, en: `Tourism in a small town (${dialect})` },
    description: { ru: 'Как превратить историю города в маршрут.' },
    topic: 'tourism',
    languages: ['ru', 'en'],
    enrolment: 'open',
  });
  // Item ids are unique across courses (they key the progress log), so each course's carry its slug.
  const id = (name: string) => `${slug}-${name}`;
  const outline: OutlineInput = {
    modules: [
      {
        id: 'basics',
        title: { ru: 'Основы', en: 'Basics' },
        items: [
          {
            id: id('why-tourism'),
            kind: 'article',
            title: { ru: 'Зачем городу туризм', en: 'Why tourism' },
            body: { ru: '## Три опоры\n\nИстория, **люди** и дорога. [Подробнее](https://example.org/guide)' },
          },
          {
            id: id('route-video'),
            kind: 'video',
            title: { ru: 'Маршрут за один день', en: 'A one-day route' },
            source: { kind: 'link', url: 'https://video.example.org/route.mp4' },
          },
          { id: id('forum-class'), kind: 'class', title: { ru: 'Занятие на форуме', en: 'Class at the forum' }, sessionId: session.id },
        ],
      },
      {
        id: 'practice',
        title: { ru: 'Практика', en: 'Practice' },
        unlock: { kind: 'after_class', itemId: id('forum-class') },
        items: [{ id: id('own-route'), kind: 'article', title: { ru: 'Свой маршрут', en: 'Your route' }, body: { ru: 'Опишите маршрут своего города.' } }],
      },
    ],
  };
  const { draft } = await instructor.client.courses.draft.query({ courseId });
  await instructor.client.courses.saveDraft.mutate({ courseId, revision: draft.revision, outline });
  await instructor.client.courses.publish.mutate({ courseId });
  return { courseId, slug, session, instructor, id };
}

/** The stored progress events of one item (the server's log, read from its database). */
async function storedEvents(portal: Portal, userId: string, itemId: string) {
  const db = createDb({ url: portal.databaseUrl });
  try {
    return await db.selectFrom('progress_events').select(['id', 'kind']).where('user_id', '=', userId).where('item_id', '=', itemId).execute();
  } finally {
    await db.destroy();
  }
}

describeEachDialect('a learner studying a course at phone width', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('enrols, reads, watches, attends the class, marks an item done offline and sends it exactly once when back online', async () => {
    const { courseId, slug, session, instructor, id } = await publishCourse(portal(), dialect);
    const learner = await createPerson(portal(), { name: 'Анна Учащаяся' });

    // The catalog, filtered by the forum's topic, lists the course.
    const page = await portal().open('/courses?topic=tourism', {
      signedInAs: learner.email,
      password: learner.password,
      viewport: phone,
      allowConsoleErrors: offlineErrors,
    });
    const violations = await recordViolations(page);
    const card = page.getByTestId('course-card').filter({ hasText: `Туризм в малом городе (${dialect})` });
    await card.waitFor();
    await fitsPhone(page, `${dialect}-catalog`);
    await card.getByRole('link').click();

    // The course page: the outline, the second module locked until the class, and enrolment.
    await page.waitForURL(new RegExp(`/courses/${slug}$`));
    await page.getByRole('button', { name: 'Записаться на курс' }).click();
    await page.getByTestId('course-progress').filter({ hasText: 'Пройдено 0 из 4' }).waitFor();
    const practice = page.locator('[data-testid="outline-module"][data-module-id="practice"]');
    expect(await practice.getByTestId('lock-reason').textContent()).toContain('Откроется после очного занятия «Занятие на форуме»');
    await fitsPhone(page, `${dialect}-course`);
    expect(await seriousViolations(page)).toEqual([]);

    // The article: rendered Markdown, marked as read.
    await page.getByTestId('continue').click();
    await page.waitForURL(new RegExp(`/learn/${slug}/${id('why-tourism')}$`));
    const body = page.getByTestId('article-body');
    await body.locator('h2', { hasText: 'Три опоры' }).waitFor();
    expect(await body.locator('strong').textContent()).toBe('люди');
    await page.getByRole('button', { name: 'Отметить как прочитанное' }).click();
    await page.getByTestId('article-read').waitFor();
    await fitsPhone(page, `${dialect}-article`);
    expect(await seriousViolations(page)).toEqual([]);

    // The video (a link plays on its own site) and the class with its time and room.
    await page.getByTestId('next-item').click();
    await page.getByTestId('video-link').waitFor();
    await page.getByRole('button', { name: 'Я посмотрел(а) видео' }).click();
    await page.getByTestId('video-watched').filter({ hasText: 'Видео просмотрено' }).waitFor();
    await fitsPhone(page, `${dialect}-video`);
    await page.getByTestId('next-item').click();
    await page.getByTestId('class-player').waitFor();
    const { room } = await portal().api.program.sessions.get.query({ id: session.id });
    expect(await page.getByTestId('class-room').textContent()).toBe(room.name.ru);
    expect(await page.getByTestId('class-when').textContent()).toMatch(/\d{2}:\d{2}–\d{2}:\d{2}/);
    await fitsPhone(page, `${dialect}-class`);

    // At the forum: registered for the class and checked in at the door, which completes it.
    const agent = await new Agent(portal().url).signIn(learner.email, learner.password);
    await agent.client.registrations.register.mutate({ sessionId: session.id });
    const ticket = (await agent.client.registrations.mine.query()).find((r) => r.sessionId === session.id);
    const organizer = await portal().organizer();
    expect(await organizer.client.checkIn.scan.mutate({ code: ticket?.ticketCode ?? '', sessionId: session.id })).toMatchObject({ outcome: 'checked_in' });
    await page.reload();
    await page.getByTestId('class-attended').waitFor();

    // The practice module opened; the connection drops mid-lesson and the item is marked done on the phone.
    await page.getByTestId('next-item').click();
    await page.waitForURL(new RegExp(`/learn/${slug}/${id('own-route')}$`));
    await page.getByRole('button', { name: 'Отметить как прочитанное' }).waitFor();
    // Opening it was recorded and sent while online; then the connection drops.
    await expect.poll(async () => (await storedEvents(portal(), learner.id, id('own-route'))).map((event) => event.kind)).toEqual(['item.opened']);
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Отметить как прочитанное' }).click();
    await page.getByTestId('article-read').waitFor();
    expect(await page.getByTestId('pending-changes').textContent()).toBe('1 изменение ждёт отправки. Нет связи: отправим, когда она вернётся.');
    await fitsPhone(page, `${dialect}-offline`);
    expect(await seriousViolations(page)).toEqual([]);
    const completedOnServer = async () => (await storedEvents(portal(), learner.id, id('own-route'))).filter((event) => event.kind === 'item.completed');
    expect(await completedOnServer()).toEqual([]);

    // Back online: the event arrives, once, and a page load that sends the queue again adds nothing.
    await page.context().setOffline(false);
    await page.getByTestId('pending-changes').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('article-read').waitFor();
    expect(await completedOnServer()).toHaveLength(1);

    // The learner and the instructor see the same progress: the whole course done.
    await page.goto(`${portal().url}/agenda`);
    const row = page.getByTestId('learning-row').filter({ hasText: `Туризм в малом городе (${dialect})` });
    await row.getByTestId('learning-progress').filter({ hasText: 'Пройдено 4 из 4' }).waitFor();
    await fitsPhone(page, `${dialect}-agenda`);
    await page.getByTestId('account-button').click();
    await page.getByRole('link', { name: 'Моё обучение' }).click();
    await page.waitForURL((url) => url.pathname === '/learning');
    await page.getByTestId('learning-row').filter({ hasText: 'Курс пройден' }).waitFor();
    await fitsPhone(page, `${dialect}-learning`);
    const cohort = await instructor.client.progress.cohort.query({ courseId });
    expect(cohort.rows.find((r) => r.userId === learner.id)).toMatchObject({ completedItems: 4, totalItems: 4, completed: true });
    expect(violations).toEqual([]);
  });

  it('tells the learner once which offline change the server refused and why', async () => {
    const { courseId, slug, instructor, id } = await publishCourse(portal(), dialect, `tourism-withdrawn-${dialect}`);
    const learner = await createPerson(portal(), { name: 'Борис Отчисленный' });
    const page = await portal().open(`/courses/${slug}`, {
      signedInAs: learner.email,
      password: learner.password,
      viewport: phone,
      allowConsoleErrors: offlineErrors,
    });
    await page.getByRole('button', { name: 'Записаться на курс' }).click();
    await page.getByTestId('continue').click();
    await page.getByRole('button', { name: 'Отметить как прочитанное' }).waitFor();
    await expect.poll(async () => (await storedEvents(portal(), learner.id, id('why-tourism'))).length).toBe(1);

    // Offline, the item is marked read; meanwhile the instructor takes the learner off the course.
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Отметить как прочитанное' }).click();
    await page.getByTestId('pending-changes').waitFor();
    await instructor.client.enrollments.remove.mutate({ courseId, userId: learner.id });
    await page.context().setOffline(false);

    const refused = page.getByTestId('rejected-changes');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('1 изменение не принято:вы не записаны на этот курс');
    await page.getByTestId('pending-changes').waitFor({ state: 'detached' });
    // The page is read again: the lesson is no longer theirs, and the refusal stays until dismissed.
    await page.getByTestId('not-enrolled').waitFor();
    await refused.getByRole('button', { name: 'Понятно' }).click();
    await refused.waitFor({ state: 'detached' });
    expect((await storedEvents(portal(), learner.id, id('why-tourism'))).map((event) => event.kind)).toEqual(['item.opened']);
  });

  it('finds a course by search, topic and language in English and Chinese, and opens it at 375 px', async () => {
    const { slug } = await publishCourse(portal(), dialect, `tourism-languages-${dialect}`);
    const english = await portal().open('/courses', { locale: 'en', viewport: phone });
    await english.getByLabel('Search', { exact: true }).fill('small town');
    await english.waitForURL((url) => url.searchParams.get('q') === 'small town');
    await english.getByLabel('Topic').selectOption('tourism');
    await english.getByLabel('Language').selectOption('en');
    await english.waitForURL((url) => url.searchParams.get('topic') === 'tourism' && url.searchParams.get('lang') === 'en');
    await english.locator(`[data-testid="course-card"][data-course-slug="${slug}"]`).waitFor();
    await fitsPhone(english, `${dialect}-catalog-en`);
    await english.getByLabel('Topic').selectOption('small_towns');
    await english.getByTestId('catalog-empty').waitFor();

    const chinese = await portal().open(`/courses/${slug}`, { locale: 'zh', viewport: phone });
    await chinese.getByTestId('sign-in-to-enrol').waitFor();
    expect(await chinese.getByTestId('outline-module').count()).toBe(2);
    await fitsPhone(chinese, `${dialect}-course-zh`);
  });
});
