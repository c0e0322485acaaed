import { describeEachDialect } from '@gorod/db/testing';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { createPerson, demo, overflowsSideways, usePortal } from './support/portal';

const browser = launchBrowserForFile();
const phone = { width: 375, height: 800 };

/** The first day of the demo forum; 07:00 there is before the demo program's first session. */
const firstDay = '2026-11-27';

async function sessionRow(page: Page, title: string) {
  const row = page.getByTestId('session-row').filter({ hasText: title });
  await row.waitFor();
  return row;
}

describeEachDialect('the forum program at phone width', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('lets an organizer build a session that participants find, register for, carry on their phone, are checked in at and rate', async () => {
    const title = `Секция Аистёнок ${dialect}`;

    // The organizer builds a session of one seat on the forum's first morning.
    const editor = await portal().open('/organize/program', { signedInAs: demo.organizer, viewport: phone });
    await editor.getByTestId('new-session').click();
    await editor.locator('input[name="title.ru"]').fill(title);
    await editor.locator('input[name="title.en"]').fill('Stork section');
    await editor.getByLabel('День', { exact: true }).fill(firstDay);
    await editor.getByLabel('Начало').fill('07:00');
    await editor.getByLabel('Конец').fill('07:45');
    await editor.getByLabel('Зал', { exact: true }).selectOption('hall-d');
    await editor.getByLabel('Мест', { exact: true }).fill('1');
    expect(await editor.getByTestId('conflict-warnings').count()).toBe(0);
    await editor.getByRole('button', { name: 'Сохранить' }).click();
    await editor.getByTestId('session-form').waitFor({ state: 'detached' });
    const [created] = await portal().api.program.sessions.list.query({ query: title });
    expect(created).toMatchObject({ startsAt: '2026-11-27T02:00:00.000Z', endsAt: '2026-11-27T02:45:00.000Z', roomId: 'hall-d', capacity: 1 });
    if (!created) throw new Error('The session was not created');

    // A participant finds it by an English word of its title and takes the one seat.
    const first = await createPerson(portal(), { name: 'Первый Участник' });
    const program = await portal().open('/program', { signedInAs: first.email, password: first.password, viewport: phone });
    await program.getByTestId('day-tab').first().click();
    await program.getByLabel('Поиск', { exact: true }).fill('stork');
    await (await sessionRow(program, title)).getByRole('link', { name: title }).click();
    await program.waitForURL(new RegExp(`/program/${created.id}$`));
    await program.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await program.getByTestId('registration-status').filter({ hasText: 'Вы зарегистрированы' }).waitFor();
    await program.getByTestId('seats-left').filter({ hasText: 'Мест нет' }).waitFor();
    // The session has started, but feedback waits for the door: the page says so instead of a form.
    await program.getByTestId('feedback-needs-check-in').filter({ hasText: 'после отметки на входе' }).waitFor();
    expect(await program.getByTestId('feedback').count()).toBe(0);

    // A second one finds no seat and joins the line.
    const second = await createPerson(portal(), { name: 'Второй Участник' });
    const late = await portal().open(`/program/${created.id}`, { signedInAs: second.email, password: second.password, viewport: phone });
    await late.getByRole('button', { name: 'Встать в лист ожидания' }).click();
    expect(await late.getByTestId('registration-status').filter({ hasText: 'лист' }).textContent()).toBe('Вы в листе ожидания: 1-й в очереди.');

    // The first carries the ticket as a QR code and subscribes to the personal feed.
    const agenda = await portal().open('/agenda', { signedInAs: first.email, password: first.password, viewport: phone });
    await agenda.getByTestId('agenda-item').filter({ hasText: title }).waitFor();
    const qr = agenda.getByTestId('ticket-qr');
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const code = (await agenda.getByTestId('ticket-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    await agenda.getByTestId('feed-url').waitFor();
    const feedUrl = await agenda.getByTestId('feed-url').inputValue();
    expect(await agenda.getByTestId('feed-subscribe').getAttribute('href')).toBe(feedUrl.replace(/^https?:/, 'webcal:'));
    const feed = await fetch(feedUrl.replace(/^https?:\/\/[^/]+/, portal().url));
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await feed.text()).toContain(`UID:${created.id}@gorod`);

    // The organizer checks the ticket in at the door by typing its code; a second scan says when.
    const door = await portal().open('/check-in', { signedInAs: demo.organizer, viewport: phone });
    await door.getByLabel('Код билета').fill(code);
    await door.getByRole('button', { name: 'Отметить' }).click();
    await door.locator('[data-testid="scan-result"][data-outcome="checked_in"]').waitFor();
    expect(await door.getByTestId('scan-person').textContent()).toBe('Первый Участник');
    await door.getByRole('button', { name: 'Отметить' }).click();
    await door.locator('[data-testid="scan-result"][data-outcome="already_checked_in"]').waitFor();
    await door.getByLabel('Сессия у этой двери').selectOption('d1-hall-d-1');
    await door.getByRole('button', { name: 'Отметить' }).click();
    await door.locator('[data-testid="scan-result"][data-outcome="other_session"]').waitFor();
    expect(await door.getByTestId('scan-result').textContent()).toContain('Билет на другую сессию.');

    // The session has started and the first was there: they rate it.
    await program.reload();
    await program.getByTestId('feedback').waitFor();
    await program.getByLabel('5', { exact: true }).check();
    await program.getByLabel('Комментарий (необязательно)').fill('Полезно и по делу');
    await program.getByRole('button', { name: 'Отправить отзыв' }).click();
    await program.getByTestId('feedback-sent').waitFor();
    const organizer = await portal().organizer();
    const summary = await organizer.client.feedback.summary.query({ sessionId: created.id });
    expect(summary).toMatchObject({ count: 1, distribution: { 5: 1 }, comments: ['Полезно и по делу'] });
    const review = await portal().open(`/program/${created.id}`, { signedInAs: demo.organizer, viewport: phone });
    await review.getByTestId('feedback-summary').getByText('1 оценка').waitFor();
    expect(await review.getByTestId('feedback-summary').textContent()).toContain('Полезно и по делу');
  });

  it('lets an organizer link a speaker to a person, who then reads their session’s feedback on its page', async () => {
    const speakerPerson = await createPerson(portal(), { name: 'Докладчица Ласточкина' });
    const session = await portal().api.program.sessions.get.query({ id: 'd1-hall-c-2' });
    const speaker = session.speakers[0];
    if (!speaker) throw new Error('The demo session has no speaker');

    const before = await portal().open(`/program/${session.id}`, { signedInAs: speakerPerson.email, password: speakerPerson.password, viewport: phone });
    await before.getByTestId('session-page').waitFor();
    expect(await before.getByTestId('feedback-summary').count()).toBe(0);

    const editor = await portal().open('/organize/program', { signedInAs: demo.organizer, viewport: phone });
    const speakers = editor.getByTestId('speakers-editor');
    await speakers.locator('li').filter({ hasText: speaker.name.ru }).getByRole('button', { name: 'Изменить' }).click();
    await speakers.getByLabel('Аккаунт докладчика (видит отзывы о своих сессиях)').fill('Ласточкина');
    await speakers.getByRole('button', { name: /Докладчица Ласточкина/ }).click();
    await speakers.getByTestId('linked-person').filter({ hasText: speakerPerson.email }).waitFor();
    await speakers.getByRole('button', { name: 'Сохранить' }).click();
    await speakers.getByTestId('person-picker').waitFor({ state: 'detached' });
    const organizer = await portal().organizer();
    expect(await organizer.client.program.speakers.accounts.query()).toContainEqual({ speakerId: speaker.id, user: { id: speakerPerson.id, name: speakerPerson.name, email: speakerPerson.email } });

    const after = await portal().open(`/program/${session.id}`, { signedInAs: speakerPerson.email, password: speakerPerson.password, viewport: phone });
    await after.getByTestId('feedback-summary').getByText('Оценок пока нет').waitFor();
    expect(await overflowsSideways(editor)).toBe(false);
  });

  it('warns the organizer as they type that a room is already taken', async () => {
    const editor = await portal().open('/organize/program', { signedInAs: demo.organizer, viewport: phone });
    await editor.getByTestId('new-session').click();
    await editor.getByLabel('День', { exact: true }).fill(firstDay);
    const [taken] = await portal().api.program.sessions.list.query({ roomId: 'main-hall', day: firstDay });
    if (!taken) throw new Error('The demo program has no session in the main hall');
    const start = new Date(Date.parse(taken.startsAt) + 5 * 3600_000).toISOString().slice(11, 16);
    await editor.getByLabel('Начало').fill(start);
    await editor.getByLabel('Конец').fill(`${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}${start.slice(2)}`);
    await editor.getByLabel('Зал', { exact: true }).selectOption('main-hall');
    await editor.getByTestId('conflict-warnings').filter({ hasText: 'Зал занят в это время' }).waitFor();
  });

  it('sends a visitor who wants a seat to sign in and back to the session', async () => {
    const page = await portal().open('/program/d1-hall-d-1', { viewport: phone });
    await page.getByTestId('sign-in-to-register').click();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/program/d1-hall-d-1');
  });

  it('tells the door that a code belongs to no ticket', async () => {
    const door = await portal().open('/check-in', { signedInAs: demo.organizer, viewport: phone, allowConsoleErrors: [/status of 404/] });
    await door.getByLabel('Код билета').fill('no-such-ticket-code-at-all');
    await door.getByRole('button', { name: 'Отметить' }).click();
    await door.getByText('Такого билета нет.').waitFor();
  });

  it('shows the program at 375 px without sideways scrolling and names the forum’s zone for its times', async () => {
    const page = await portal().open('/program', { viewport: phone });
    await page.getByTestId('session-row').first().waitFor();
    expect(await page.getByTestId('session-row').count()).toBeGreaterThan(20);
    expect(await overflowsSideways(page)).toBe(false);
    expect(await page.getByTestId('program-zone').textContent()).toBe('Время указано по часовому поясу форума (Екатеринбург).');
  });
});
