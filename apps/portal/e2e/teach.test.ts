import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { describeEachDialect } from '@gorod/db/testing';
import { Agent } from '@gorod/server/testing';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { demo, mailedLink, overflowsSideways, type Portal, usePortal } from './support/portal';

const browser = launchBrowserForFile();
const phone = { width: 375, height: 800 };
/** Where the screenshots of the teaching pages go, to be looked at by a person. */
const shots = process.env.TEACH_SCREENSHOTS;

/** Every Content-Security-Policy violation the page reports from now on, across navigations. */
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

/** The smallest PDF the upload's content check takes. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** What axe finds that a screen-reader or keyboard user would run into (serious and critical). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

let people = 0;

/** An invited learner of `cityId` who has accepted the invitation. */
async function learnerOf(portal: Portal, name: string, cityId: string) {
  people += 1;
  const email = `learner-${Date.now().toString(36)}-${people}@example.org`;
  const organizer = await portal.organizer();
  const user = await organizer.client.people.invite.mutate({ email, name, roles: ['learner'], cityId });
  const token = (await mailedLink(portal, email, 'invitation')).split('/').at(-1) ?? '';
  await new Agent(portal.url).client.auth.acceptInvitation.mutate({ token, password: 'test-password-1' });
  return { id: user.id, email, name };
}

async function screenshot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

const moduleCard = (page: Page, position: number): Locator => page.getByTestId('outline-module').nth(position - 1);
/** A module's item of a kind (each test module holds one of each kind it uses). */
const itemOf = (module: Locator, kind: string): Locator => module.locator(`[data-testid="outline-item"][data-kind="${kind}"]`);

describeEachDialect('the instructor’s side of courses at phone width', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('lets an instructor build, publish and enrol a course, then follow the cohort and export it as a safe CSV', async () => {
    const slug = `malye-goroda-${dialect}-${Date.now().toString(36)}`;
    const page = await portal().open('/teach', { signedInAs: demo.instructor, viewport: phone });
    const violations = await recordViolations(page);

    // A new course, from the menu's page.
    await page.getByTestId('course-create-panel').locator('summary').click();
    await page.getByLabel('Адрес курса').fill(slug);
    const create = page.getByTestId('course-create-form');
    await create.locator('input[name="title.ru"]').fill('Малые города: повестка развития');
    await create.locator('input[name="title.en"]').fill('Small towns: a development agenda');
    await create.locator('input[name="title.zh"]').fill('小城市：发展议程');
    await create.getByLabel('Тема форума').selectOption('small_towns');
    await create.getByLabel('английский').check();
    await create.getByRole('button', { name: 'Создать курс' }).click();
    await page.waitForURL(/\/teach\/[a-z0-9-]+$/);
    await page.getByTestId('course-title').filter({ hasText: 'Малые города: повестка развития' }).waitFor();
    const courseId = page.url().split('/').at(-1) ?? '';

    // Two modules; the second opens once the first is completed.
    await page.getByTestId('add-module').click();
    await page.getByTestId('add-module').click();
    const first = moduleCard(page, 1);
    const second = moduleCard(page, 2);
    await first.locator('input[name="moduleTitle.ru"]').fill('Введение');
    await second.locator('input[name="moduleTitle.ru"]').fill('Практика');
    await second.getByLabel('Когда открывается').selectOption('after_module');
    expect(await second.getByLabel('Модуль', { exact: true }).inputValue()).not.toBe('');

    // An article whose Markdown preview shows a heading and runs no script.
    await first.getByTestId('add-article').click();
    const article = itemOf(first, 'article');
    await article.locator('input[name="itemTitle.ru"]').fill('Что такое малый город');
    await article.getByLabel('Текст (Markdown)').fill('# Повестка малых городов\n\nТекст **урока**.\n\n<script>window.gorodXss = 1</script>\n\n<img src=x onerror="window.gorodXss = 2">');
    const preview = article.getByTestId('markdown-preview');
    await preview.locator('h1', { hasText: 'Повестка малых городов' }).waitFor();
    expect(await preview.locator('script, img').count()).toBe(0);
    expect(await preview.textContent()).toContain('<script>');
    expect(await page.evaluate(() => (window as unknown as { gorodXss?: number }).gorodXss)).toBeUndefined();

    // A video by link.
    await first.getByTestId('add-video').click();
    const video = itemOf(first, 'video');
    await video.locator('input[name="itemTitle.ru"]').fill('Лекция о повестке');
    await video.getByLabel('Адрес видео (https://)').fill('https://video.example.org/malye-goroda.mp4');

    // A file to download, uploaded from the device and checked by its content on the server.
    await first.getByTestId('add-file').click();
    const file = itemOf(first, 'file');
    await file.locator('input[name="itemTitle.ru"]').fill('Программа развития (шаблон)');
    await file.getByLabel('Файл для скачивания').setInputFiles({ name: 'Программа развития.pdf', mimeType: 'application/pdf', buffer: pdf });
    await file.getByTestId('upload-status').filter({ hasText: 'Программа развития.pdf' }).waitFor();

    // An in-person class in the second module: a course class of the forum program.
    await second.getByTestId('add-class').click();
    const klass = itemOf(second, 'class');
    await klass.locator('input[name="itemTitle.ru"]').fill('Очное занятие на форуме');
    await klass.getByLabel('Занятие в программе форума').selectOption('d1-class-1');

    // Reordering is two buttons, no dragging: up, then back down.
    await video.getByRole('button', { name: 'Переместить «Лекция о повестке» выше' }).click();
    expect(await first.getByTestId('outline-item').first().getAttribute('data-kind')).toBe('video');
    await first.getByTestId('outline-item').first().getByRole('button', { name: 'Переместить «Лекция о повестке» ниже' }).click();
    expect(await first.getByTestId('outline-item').first().getAttribute('data-kind')).toBe('article');

    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, `editor-${dialect}`);
    await page.getByTestId('save-draft').click();
    await page.locator('[data-testid="draft-state"][data-dirty="false"]').waitFor();

    const instructor = await new Agent(portal().url).signIn(demo.instructor);
    const { draft } = await instructor.client.courses.draft.query({ courseId });
    expect(draft.outline.modules.map((m) => [m.title.ru, m.unlock.kind, m.items.map((i) => i.kind)])).toEqual([
      ['Введение', 'always', ['article', 'video', 'file']],
      ['Практика', 'after_module', ['class']],
    ]);

    // Publishing asks first, then the version is final.
    await page.getByRole('button', { name: 'Опубликовать версию 1' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Опубликовать версию 1' }).click();
    await page.getByTestId('published').waitFor();
    expect((await instructor.client.courses.versions.query({ courseId })).find((v) => v.number === 1)?.status).toBe('published');

    // A cohort, and learners enrolled from a pasted list: one known, one enrolled twice, one unknown.
    const learner = await learnerOf(portal(), "=cmd|' /C calc'!A0 Иванова", 'perm');
    await page.getByTestId('to-learners').click();
    await page.waitForURL(`**/teach/${courseId}/learners`);
    await page.getByLabel('Название новой группы').fill('Форум 2026 — Приволжский федеральный округ');
    await page.getByRole('button', { name: 'Создать группу' }).click();
    await page.getByTestId('cohort-list').getByText('Форум 2026 — Приволжский федеральный округ').waitFor();
    await page.getByLabel('В группу').selectOption({ label: 'Форум 2026 — Приволжский федеральный округ' });
    await page.getByRole('button', { name: 'Список адресов' }).click();
    await page.getByLabel('Адреса электронной почты').fill(`${learner.email}\nnobody-${dialect}@example.org, ${learner.email}`);
    await page.getByRole('button', { name: 'Записать по списку' }).click();
    await page.locator('[data-testid="enrol-added"][data-count="1"]').waitFor();
    expect(await page.getByTestId('enrol-unknown').textContent()).toContain(`nobody-${dialect}@example.org`);

    // The cohort table shows the learner with their city, region and district, and the server's totals.
    const row = page.locator(`[data-testid="cohort-row"][data-user-id="${learner.id}"]`);
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells.slice(0, 6)).toEqual([learner.name, 'Пермь', 'Пермский край', 'Приволжский федеральный округ', 'Форум 2026 — Приволжский федеральный округ', '0 / 4']);
    await page.getByTestId('totals-by-district').getByText('Приволжский федеральный округ').waitFor();

    // The district filter lives in the address.
    await page.getByLabel('Федеральный округ').selectOption('ural');
    await page.getByTestId('cohort-empty').waitFor();
    expect(new URL(page.url()).searchParams.get('district')).toBe('ural');
    await page.goBack();
    await row.waitFor();

    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, `learners-${dialect}`);

    // The CSV starts with the BOM and the formula-like name comes out neutralised.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-export').click()]);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.split('\r\n')[0]).toContain('Слушатель,Город,Регион,Федеральный округ,Группа');
    expect(csv.split('\r\n')[1]).toMatch(/^'=cmd\|' \/C calc'!A0 Иванова,Пермь,Пермский край,/);
    expect(violations).toEqual([]);
  });

  it('tells an instructor that someone else saved the draft, loads that version on request, and archives the course', async () => {
    const instructor = await new Agent(portal().url).signIn(demo.instructor);
    const { id: courseId } = await instructor.client.courses.create.mutate({ slug: `spor-${dialect}-${Date.now().toString(36)}`, title: { ru: 'Два редактора' }, topic: 'tourism' });
    // A stale save and the draft of an archived course are both answered 409.
    const page = await portal().open(`/teach/${courseId}`, { signedInAs: demo.instructor, viewport: phone, allowConsoleErrors: [/status of 409/] });
    await page.getByTestId('add-module').click();

    // Meanwhile a co-author saves the same draft.
    const { draft } = await instructor.client.courses.draft.query({ courseId });
    await instructor.client.courses.saveDraft.mutate({
      courseId,
      revision: draft.revision,
      outline: { modules: [{ id: 'co-author-module', title: { ru: 'Модуль соавтора' }, items: [] }] },
    });

    await page.getByTestId('save-draft').click();
    const conflict = page.getByTestId('draft-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('кто-то другой сохранил этот черновик');
    await conflict.getByRole('button', { name: 'Загрузить сохранённую версию' }).click();
    await page.getByRole('heading', { name: 'Модуль 1. Модуль соавтора' }).waitFor();
    expect(await page.getByTestId('draft-conflict').count()).toBe(0);

    // Archiving asks first; the course then stays readable but no longer opens a draft.
    await page.getByRole('button', { name: 'Отправить в архив' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Отправить в архив' }).click();
    await page.getByTestId('course-archived').waitFor();
    expect(await page.getByTestId('draft-editor').count()).toBe(0);
    expect((await instructor.client.courses.versions.query({ courseId })).every((version) => version.status === 'archived')).toBe(true);
  });

  it('shows the teaching pages in Chinese and English with no Russian left and nothing serious for axe', async () => {
    const instructor = await new Agent(portal().url).signIn(demo.instructor);
    const { id: courseId } = await instructor.client.courses.create.mutate({
      slug: `zh-${dialect}-${Date.now().toString(36)}`,
      title: { ru: 'Туризм малых городов', en: 'Small-town tourism', zh: '小城市旅游' },
      topic: 'tourism',
      languages: ['ru', 'en', 'zh'],
    });
    const { draft } = await instructor.client.courses.draft.query({ courseId });
    const outline = {
      modules: [
        {
          id: `zh-m1-${dialect}`,
          title: { ru: 'Введение', en: 'Introduction', zh: '导论' },
          items: [
            { id: `zh-a1-${dialect}`, kind: 'article' as const, title: { ru: 'Статья', en: 'Article', zh: '文章' }, body: { ru: '# Текст', zh: '# 正文' } },
            { id: `zh-c1-${dialect}`, kind: 'class' as const, title: { ru: 'Занятие', en: 'Class', zh: '课程' }, sessionId: 'd1-class-1' },
          ],
        },
        { id: `zh-m2-${dialect}`, title: { ru: 'Практика', en: 'Practice', zh: '实践' }, unlock: { kind: 'after_class' as const, itemId: `zh-c1-${dialect}` }, items: [] },
      ],
    };
    await instructor.client.courses.saveDraft.mutate({ courseId, revision: draft.revision, outline });
    await instructor.client.courses.publish.mutate({ courseId });
    const learner = await learnerOf(portal(), '李伟', 'dalian');
    const cohort = await instructor.client.cohorts.create.mutate({ courseId, name: '大连代表团' });
    await instructor.client.enrollments.add.mutate({ courseId, cohortId: cohort.id, emails: [learner.email] });

    // People's names and other courses' titles are their authors' words, not the interface's (Russian here).
    const { name: instructorName } = await instructor.client.auth.me.query();
    const othersWords = [instructorName, ...(await instructor.client.courses.mine.query()).filter((c) => c.id !== courseId).map((c) => c.title.ru)];
    const cyrillic = /[А-Яа-яЁё]/;
    for (const locale of ['zh', 'en'] as const) {
      for (const [path, ready] of [
        ['/teach', '[data-testid="taught-course"]'],
        [`/teach/${courseId}`, '[data-testid="outline-item"][data-kind="class"]'],
        [`/teach/${courseId}/learners`, '[data-testid="cohort-row"]'],
      ] as const) {
        const page = await portal().open(path, { signedInAs: demo.instructor, viewport: phone, locale });
        await page.locator(ready).first().waitFor();
        // The article editor shows one language at a time: the Chinese text when Chinese is chosen.
        if (path.endsWith(courseId)) await page.locator('main').getByRole('button', { name: locale === 'zh' ? '中文' : 'in Chinese', exact: true }).click();
        // biome-ignore lint/performance/useDomNodeTextContent: what is shown, without hidden text or input values
        const text = othersWords.reduce((shown, words) => shown.replaceAll(words, ''), await page.locator('main').innerText());
        expect(text.split('\n').filter((line) => cyrillic.test(line)), `${locale} ${path}`).toEqual([]);
        expect(await overflowsSideways(page), `${locale} ${path}`).toBe(false);
        expect(await seriousViolations(page), `${locale} ${path}`).toEqual([]);
        await screenshot(page, `${locale}-${path.split('/').at(-1)}-${dialect}`);
        await page.close();
      }
    }
  });

  it('lets an organizer enrol into any course a whole delegation and a person found by name, but not edit it', async () => {
    const instructor = await new Agent(portal().url).signIn(demo.instructor);
    const { id: courseId } = await instructor.client.courses.create.mutate({ slug: `org-${dialect}-${Date.now().toString(36)}`, title: { ru: 'Курс для организатора' }, topic: 'tourism' });
    const { draft } = await instructor.client.courses.draft.query({ courseId });
    await instructor.client.courses.saveDraft.mutate({
      courseId,
      revision: draft.revision,
      outline: { modules: [{ id: `org-m1-${dialect}`, title: { ru: 'Модуль' }, items: [{ id: `org-a1-${dialect}`, kind: 'article', title: { ru: 'Статья' }, body: { ru: 'Текст' } }] }] },
    });
    await instructor.client.courses.publish.mutate({ courseId });

    // A head of Perm linked to Perm's delegation, and a person to be found by name.
    const organizer = await portal().organizer();
    const edition = await organizer.client.editions.current.query();
    const [perm] = (await organizer.client.delegations.directory.query({ editionId: edition.id, search: 'Пермь', limit: 1 })).items;
    if (!perm) throw new Error('The demo forum has no delegation from Perm');
    const delegate = await learnerOf(portal(), `Делегат Перми ${dialect}`, 'perm');
    await organizer.client.people.setDelegation.mutate({ userId: delegate.id, delegationId: perm.delegation.id });
    const single = await learnerOf(portal(), `Одиночка Уфы ${dialect}`, 'ufa');

    const page = await portal().open(`/teach/${courseId}/learners`, { signedInAs: demo.organizer, viewport: phone });
    await page.getByRole('heading', { level: 1, name: /Слушатели/ }).waitFor();
    await page.getByRole('button', { name: 'Делегацию' }).click();
    await page.getByLabel('Делегация форума').selectOption(perm.delegation.id);
    await page.getByRole('button', { name: 'Записать делегацию' }).click();
    // The demo seeds Perm's own people too: all of them and the new delegate are enrolled.
    await page.locator(`[data-testid="enrol-added"][data-count="${perm.linkedMembersCount + 1}"]`).waitFor();
    await page.locator(`[data-testid="cohort-row"][data-user-id="${delegate.id}"]`).waitFor();

    await page.getByRole('button', { name: 'По одному' }).click();
    await page.getByLabel('Найти участника').fill(`Одиночка Уфы ${dialect}`);
    await page.getByTestId('person-result').filter({ hasText: single.email }).getByRole('button', { name: 'Записать' }).click();
    await page.locator(`[data-testid="cohort-row"][data-user-id="${single.id}"]`).waitFor();
    expect(await page.getByTestId('cohort-row').count()).toBe(perm.linkedMembersCount + 2);
    expect(await overflowsSideways(page)).toBe(false);

    // Unenrolling asks first and keeps the learner in the table as withdrawn.
    const row = page.locator(`[data-testid="cohort-row"][data-user-id="${single.id}"]`);
    await row.getByRole('button', { name: 'Отчислить' }).click();
    await row.getByRole('alertdialog').getByRole('button', { name: 'Отчислить' }).click();
    await row.getByText('отчислен').waitFor();

    const editor = await portal().open(`/teach/${courseId}`, { signedInAs: demo.organizer, viewport: phone, allowConsoleErrors: [/status of 403/] });
    await editor.getByText('Недостаточно прав.').or(editor.getByTestId('teach-not-yours')).waitFor();
    expect(await editor.getByTestId('draft-editor').count()).toBe(0);
  });
});
