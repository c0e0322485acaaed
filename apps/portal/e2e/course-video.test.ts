import { readFile } from 'node:fs/promises';
import { describeEachDialect } from '@gorod/db/testing';
import type { OutlineInput } from '@gorod/sdk';
import { Agent } from '@gorod/server/testing';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { createPerson, demo, overflowsSideways, type Portal, textOverflowing, usePortal } from './support/portal';

const browser = launchBrowserForFile();
const phone = { width: 375, height: 800 };
const screenshots = new URL('../.test-results/course-video/', import.meta.url).pathname;

/** 10 seconds of 96×54 VP8 WebM that states its duration and has cues (see `fixtures/make-lesson-video.mjs`). */
const lessonVideo = readFile(new URL('./fixtures/lesson.webm', import.meta.url));
const lessonSeconds = 10;

let courses = 0;

/** A new open course of the demo instructor, with nothing in it yet. */
async function createCourse(portal: Portal, dialect: string) {
  courses += 1;
  const slug = `video-${dialect}-${Date.now().toString(36)}-${courses}`;
  const instructor = await new Agent(portal.url).signIn(demo.instructor);
  const { id: courseId } = await instructor.client.courses.create.mutate({
    slug,
    title: { ru: `Видеоуроки для глав (${dialect})` },
    topic: 'ai_in_government',
    enrolment: 'open',
  });
  return { courseId, slug, instructor };
}

/** A learner enrolled in the course, with a browser page on `path` at phone width. */
async function learnerOn(portal: Portal, courseId: string, path: string) {
  const learner = await createPerson(portal, { name: 'Вера Смотрящая' });
  const agent = await new Agent(portal.url).signIn(learner.email, learner.password);
  await agent.client.enrollments.enroll.mutate({ courseId });
  const page = await portal.open(path, { signedInAs: learner.email, password: learner.password, viewport: phone });
  /** The server's derived state of one item, as `progress.mine` answers it. */
  const itemState = async (itemId: string) => {
    const { progress } = await agent.client.progress.mine.query({ courseId });
    return progress.modules.flatMap((module) => module.items).find((item) => item.itemId === itemId);
  };
  return { page, itemState };
}

/** Waits until the lesson's video has loaded its metadata (its length known), and answers what the element knows. */
async function loadedVideo(page: Page) {
  await page.waitForFunction(() => {
    const video = document.querySelector<HTMLVideoElement>('[data-testid="video"]');
    return video !== null && video.readyState >= HTMLMediaElement.HAVE_METADATA && Number.isFinite(video.duration) && video.duration > 0;
  });
  return page.getByTestId('video').evaluate((video: HTMLVideoElement) => ({
    duration: video.duration,
    width: video.videoWidth,
    error: video.error?.code ?? null,
  }));
}

/**
 * Plays the lesson's video as a learner would with its controls: from `from` (a share of its length; a
 * jump there when it is not where the video stands) fast, until `until` (then paused, a little past it)
 * or its end. Waits for the video itself, never for a time.
 */
async function watch(page: Page, { from, until = 1 }: { from: number; until?: number }) {
  await page.getByTestId('video').evaluate(
    async (video: HTMLVideoElement, { from, until }) => {
      const start = from * video.duration;
      if (Math.abs(video.currentTime - start) > 0.01) {
        const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
        video.currentTime = start;
        await seeked;
      }
      // Through to the end at the fastest rate; slower when it is to stop part-way, so it stops near there.
      video.playbackRate = until < 1 ? 4 : 16;
      await video.play();
      await new Promise<void>((resolve) => {
        const check = () => {
          if (video.ended) return resolve();
          if (until < 1 && video.currentTime >= until * video.duration) {
            video.pause();
            return resolve();
          }
          requestAnimationFrame(check);
        };
        check();
      });
    },
    { from, until },
  );
}

/** Waits until the lesson says `words` of the video watched (the state on the phone, before the server has it). */
async function shownWatched(page: Page, words: RegExp | string) {
  await page.getByTestId('video-watched').filter({ hasText: words }).waitFor();
}

/** The page fits a phone: nothing scrolls sideways and no text spills; a screenshot to look at. */
async function fitsPhone(page: Page, name: string) {
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  expect(await overflowsSideways(page), `${name} scrolls sideways`).toBe(false);
  expect(await textOverflowing(page), `${name} has text that does not fit`).toEqual([]);
}

describeEachDialect('a lesson video uploaded by its instructor, watched at phone width', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('is uploaded as WebM in the course editor, streams to the learner with byte ranges, and is complete only once 90 % was really watched', async () => {
    const { courseId, slug, instructor } = await createCourse(portal(), dialect);

    // The instructor uploads the file in the editor (checked by its content on the server) and publishes.
    const editor = await portal().open(`/teach/${courseId}`, { signedInAs: demo.instructor, viewport: phone });
    await editor.getByTestId('add-module').click();
    const module = editor.getByTestId('outline-module').first();
    await module.locator('input[name="moduleTitle.ru"]').fill('Цифровая приёмная');
    await module.getByTestId('add-video').click();
    const item = module.locator('[data-testid="outline-item"][data-kind="video"]');
    await item.locator('input[name="itemTitle.ru"]').fill('Как работает цифровая приёмная');
    await item.getByLabel('Загрузить файл').check();
    await item.getByLabel('Видеофайл (MP4 или WebM)').setInputFiles({ name: 'lesson.webm', mimeType: 'video/webm', buffer: await lessonVideo });
    await item.getByTestId('upload-status').filter({ hasText: 'Загружен: lesson.webm' }).waitFor();
    await module.getByTestId('add-article').click();
    const article = module.locator('[data-testid="outline-item"][data-kind="article"]');
    await article.locator('input[name="itemTitle.ru"]').fill('Итоги');
    await article.getByLabel('Текст (Markdown)').fill('Что запомнить.');
    await editor.getByTestId('save-draft').click();
    await editor.locator('[data-testid="draft-state"][data-dirty="false"]').waitFor();
    await editor.getByRole('button', { name: 'Опубликовать версию 1' }).click();
    await editor.getByRole('alertdialog').getByRole('button', { name: 'Опубликовать версию 1' }).click();
    await editor.getByTestId('published').waitFor();

    const { draft } = await instructor.client.courses.draft.query({ courseId });
    const [video] = draft.outline.modules[0]?.items ?? [];
    if (video?.kind !== 'video' || video.source.kind !== 'upload') throw new Error(`The editor saved no uploaded video: ${JSON.stringify(video)}`);
    const videoUrl = `${portal().url}/uploads/${video.source.uploadId}`;

    // The learner opens the lesson from the course page; the browser asks for the video by byte range.
    const { page, itemState } = await learnerOn(portal(), courseId, `/courses/${slug}`);
    await page.getByTestId('course-progress').filter({ hasText: 'Пройдено 0 из 2' }).waitFor();
    const ranged = page.waitForResponse((response) => response.url() === videoUrl && response.status() === 206);
    await page.getByTestId('continue').click();
    await page.waitForURL(new RegExp(`/learn/${slug}/${video.id}$`));
    const response = await ranged;
    expect(await response.request().headerValue('range')).toMatch(/^bytes=\d+-/);
    const bytes = (await lessonVideo).length;
    expect(await response.allHeaders()).toMatchObject({
      'content-type': 'video/webm',
      'content-range': expect.stringMatching(new RegExp(`^bytes \\d+-\\d+/${bytes}$`)),
      'accept-ranges': 'bytes',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    expect(await loadedVideo(page)).toEqual({ duration: lessonSeconds, width: 96, error: null });
    await shownWatched(page, /^Просмотрено: 0\s%$/);
    await fitsPhone(page, `${dialect}-video-lesson`);

    // Skipping to 93 % and playing to the end is 7 % watched: the lesson is started, not done.
    await watch(page, { from: 0.93 });
    await shownWatched(page, /^Просмотрено: 7\s%$/);
    expect(await page.getByTestId('item-status').getAttribute('data-status')).toBe('in_progress');
    await expect.poll(() => itemState(video.id)).toMatchObject({ status: 'in_progress', watched: expect.closeTo(0.07, 2) });

    // Watching it from the start completes it; the server derived the same, and a reload shows the server's word.
    await watch(page, { from: 0 });
    await shownWatched(page, 'Видео просмотрено');
    await expect.poll(() => itemState(video.id)).toMatchObject({ status: 'completed', watched: 1 });
    await page.reload();
    await shownWatched(page, 'Видео просмотрено');
    expect(await page.getByTestId('item-status').getAttribute('data-status')).toBe('completed');
    await loadedVideo(page);
    await fitsPhone(page, `${dialect}-video-lesson-watched`);

    // The course page counts it now: one of two items, in the module and in the course.
    await page.getByRole('link', { name: 'К курсу' }).click();
    await page.getByTestId('course-progress').filter({ hasText: 'Пройдено 1 из 2' }).waitFor();
    expect(await page.getByTestId('module-progress').textContent()).toContain('Пройдено 1 из 2');
  });

  it('keeps a half-watched video incomplete across a reload, counts the next video on its own, and completes one watched on from where it stopped', async () => {
    const { courseId, slug, instructor } = await createCourse(portal(), dialect);
    // Uploaded through the route the editor uses (as the signed-in instructor, with the CSRF echo).
    const upload = async () => {
      const response = await instructor.fetch(`${portal().url}/api/uploads?name=${encodeURIComponent('урок.webm')}`, {
        method: 'POST',
        headers: { 'content-type': 'video/webm' },
        body: await lessonVideo,
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { id: string }).id;
    };
    const id = (name: string) => `${slug}-${name}`;
    const outline: OutlineInput = {
      modules: [
        {
          id: 'lectures',
          title: { ru: 'Лекции' },
          items: [
            { id: id('first'), kind: 'video', title: { ru: 'Лекция первая' }, source: { kind: 'upload', uploadId: await upload() } },
            { id: id('second'), kind: 'video', title: { ru: 'Лекция вторая' }, source: { kind: 'upload', uploadId: await upload() } },
          ],
        },
      ],
    };
    const { draft } = await instructor.client.courses.draft.query({ courseId });
    await instructor.client.courses.saveDraft.mutate({ courseId, revision: draft.revision, outline });
    await instructor.client.courses.publish.mutate({ courseId });

    const { page, itemState } = await learnerOn(portal(), courseId, `/learn/${slug}/${id('first')}`);
    await loadedVideo(page);
    await watch(page, { from: 0 });
    await shownWatched(page, 'Видео просмотрено');
    await expect.poll(() => itemState(id('first'))).toMatchObject({ status: 'completed' });

    // The next lesson is another video: its player starts afresh (nothing carried over from the first).
    await page.getByTestId('next-item').click();
    await page.waitForURL(new RegExp(`/learn/${slug}/${id('second')}$`));
    await shownWatched(page, /^Просмотрено: 0\s%$/);
    await loadedVideo(page);
    await watch(page, { from: 0, until: 0.5 });
    // Paused just past half-way: reported at the tenth it reached, under 90 % on the phone and on the server.
    const halfWay = /^Просмотрено: [5-8]\d\s%$/;
    await shownWatched(page, halfWay);
    await expect.poll(async () => (await itemState(id('second')))?.watched).toBeGreaterThanOrEqual(0.5);
    const half = await itemState(id('second'));
    expect(half).toMatchObject({ status: 'in_progress' });
    expect(half?.watched).toBeLessThan(0.9);

    // After a reload the share is the server's, and still under 90 %.
    await page.reload();
    await shownWatched(page, halfWay);
    expect(await page.getByTestId('item-status').getAttribute('data-status')).toBe('in_progress');
    await loadedVideo(page);

    // Going on from where it stopped adds the second half to the first: complete, and so is the course.
    await watch(page, { from: 0.5 });
    await shownWatched(page, 'Видео просмотрено');
    await expect.poll(() => itemState(id('second'))).toMatchObject({ status: 'completed', watched: 1 });
    await page.goto(`${portal().url}/courses/${slug}`);
    await page.getByTestId('course-progress').filter({ hasText: 'Пройдено 2 из 2' }).waitFor();
    await page.getByTestId('course-completed').waitFor();
  });
});
