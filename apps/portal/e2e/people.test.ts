import { describeEachDialect } from '@gorod/db/testing';
import { Agent } from '@gorod/server/testing';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { brokenWords, createPerson, demo, mailedLink, overflowsSideways, textOverflowing, usePortal } from './support/portal';

const browser = launchBrowserForFile();

const phone = { width: 375, height: 740 };

describeEachDialect('organizer pages', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('shows a locked account, lifts the lock with one button, and the person signs in at once', async () => {
    const person = await createPerson(portal(), { name: 'Лев Забытый' });
    const stranger = new Agent(portal().url);
    for (let attempt = 0; attempt < 5; attempt++) {
      await stranger.client.auth.signIn.mutate({ email: person.email, password: 'guess-guess' }).catch(() => undefined);
    }
    const page = await portal().open('/people', { signedInAs: demo.organizer });
    await page.getByLabel('Имя или почта').fill(person.email);
    const row = page.locator(`[data-testid="person-row"][data-email="${person.email}"]`);
    expect(await row.getByTestId('person-locked').textContent()).toMatch(/^Вход заблокирован до \d{1,2}:\d{2}$/);
    await row.getByRole('button', { name: 'Снять блокировку входа' }).click();
    await row.getByTestId('person-locked').waitFor({ state: 'detached' });
    expect(await row.getByRole('button', { name: 'Снять блокировку входа' }).count()).toBe(0);
    await new Agent(portal().url).signIn(person.email, person.password);
  });

  it('invites a person, whose mail the mail page lists without its link, who follows the mailed link, chooses a password and is signed in', async () => {
    const email = `invitee-${dialect}@example.org`;
    const page = await portal().open('/people', { signedInAs: demo.organizer });
    await page.getByText('Пригласить участника').click();
    const form = page.getByTestId('invite-form');
    await form.getByLabel('Электронная почта').fill(email);
    await form.getByLabel('Имя и фамилия').fill('Пётр Новиков');
    await form.getByRole('combobox', { name: 'Город' }).fill('Пермь');
    await page.getByRole('listbox').getByRole('option', { name: /^Пермь/ }).click();
    await form.getByLabel('Должность').fill('глава городского округа');
    await form.getByRole('checkbox', { name: 'Преподаватель' }).check();
    await form.getByRole('button', { name: 'Отправить приглашение' }).click();
    expect(await page.getByTestId('invite-sent').textContent()).toBe(`Приглашение для Пётр Новиков отправлено на ${email}.`);
    const row = page.locator(`[data-testid="person-row"][data-email="${email}"]`);
    await row.waitFor();
    expect(await row.locator('[data-role]').evaluateAll((badges) => badges.map((b) => b.getAttribute('data-role')))).toEqual([
      'instructor',
      'learner',
    ]);
    expect(await row.getByTestId('person-status').textContent()).toBe('Приглашён');
    expect(await row.getByRole('button', { name: 'Переслать приглашение' }).count()).toBe(1);

    await page.getByTestId('account-button').click();
    await page.getByRole('link', { name: 'Почта' }).click();
    const mail = page.locator(`[data-testid="mail-item"][data-to="${email}"]`).first();
    await mail.waitFor();
    // No SMTP_URL in tests: the mail is kept in the outbox, and the page says so.
    expect(await mail.getByTestId('mail-delivery').textContent()).toBe('в исходящих (SMTP не настроен или письмо в очереди)');
    expect(await mail.getByTestId('mail-kind').textContent()).toBe('приглашение');
    // The organizer sees who and what, never the invitee's secret link.
    expect(await page.locator('main').textContent()).not.toMatch(/invitation\/|reset-password\//);
    const link = await mailedLink(portal(), email, 'invitation');
    expect(link.startsWith(`${portal().url.replace('127.0.0.1', 'localhost')}/invitation/`)).toBe(true);

    const invitee = await portal().open(new URL(link).pathname);
    await invitee.getByRole('heading', { name: 'Здравствуйте, Пётр Новиков!' }).waitFor();
    expect(await invitee.getByTestId('invitation-email').inputValue()).toBe(email);
    await invitee.getByLabel('Новый пароль').fill('my-own-password');
    await invitee.getByLabel('Повторите пароль').fill('my-own-password');
    await invitee.getByRole('button', { name: 'Задать пароль и войти' }).click();
    await invitee.waitForURL(/\/profile$/);
    await invitee.getByTestId('welcome').waitFor();
    expect(await invitee.getByTestId('account-name').textContent()).toBe('Пётр Новиков');

    // Accepted: active, and no more invitations to resend.
    const people = await portal().open('/people', { signedInAs: demo.organizer });
    await people.getByLabel('Имя или почта').fill(email);
    const accepted = people.locator(`[data-testid="person-row"][data-email="${email}"] [data-status="active"]`);
    await accepted.waitFor();
    expect(await people.getByRole('button', { name: 'Переслать приглашение' }).count()).toBe(0);
  });

  it('opens the invitation of a Chinese-speaking person in Chinese, whatever the browser’s language', async () => {
    const email = `zh-invitee-${dialect}@example.org`;
    const organizer = await portal().organizer();
    await organizer.client.people.invite.mutate({ email, name: '王市长', locale: 'zh' });
    const link = await mailedLink(portal(), email, 'invitation');
    const page = await portal().open(new URL(link).pathname);
    await page.getByRole('heading', { name: '王市长，您好！' }).waitFor();
    expect(await page.getByRole('button', { name: '设置密码并登录' }).count()).toBe(1);
  });

  it('refuses a CSV with a bad row, naming its line and field, then imports the good rows on request', async () => {
    const good = `csv-good-${dialect}@example.org`;
    const csv = `email,name,city,position,locale,roles\n${good},Ирина Смирнова,perm,глава,ru,learner\nnot-an-email,Без Почты,,,ru,learner\n`;
    const page = await portal().open('/people', { signedInAs: demo.organizer });
    await page.getByText('Импорт из CSV').click();
    expect(await page.getByTestId('csv-template').textContent()).toMatch(/^email,name,city,position,locale,roles,delegation\n/);
    await page.getByTestId('csv-file').setInputFiles({ name: 'participants.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Проверить и импортировать' }).click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe('2 строки в файле, никто не приглашён, 1 ошибка.');
    const error = page.locator('[data-testid="import-errors"] tbody tr');
    expect(await error.count()).toBe(1);
    expect(await error.getAttribute('data-line')).toBe('3');
    expect(await error.locator('td').allTextContents()).toEqual(['3', 'Электронная почта', 'введите адрес вида name@example.org']);
    const agent = await portal().organizer();
    expect((await agent.client.people.list.query({ search: good })).items).toEqual([]);

    await page.getByRole('button', { name: 'Импортировать 1 корректную строку' }).click();
    await page.getByText('2 строки в файле, приглашён 1 участник, 1 ошибка.').waitFor();
    const imported = (await agent.client.people.list.query({ search: good })).items;
    expect(imported.map((person) => [person.name, person.cityId])).toEqual([['Ирина Смирнова', 'perm']]);
    await page.locator(`[data-testid="person-row"][data-email="${good}"]`).waitFor();
  });

  it('lists the rows of a re-imported file as skipped, and refuses a PNG as not a CSV file', async () => {
    const email = `csv-again-${dialect}@example.org`;
    const csv = `email,name\n${email},Повторный Импорт\n`;
    const page = await portal().open('/people', { signedInAs: demo.organizer });
    await page.getByText('Импорт из CSV').click();
    const upload = async (name: string, buffer: Buffer) => {
      await page.getByTestId('csv-file').setInputFiles({ name, mimeType: 'text/csv', buffer });
      await page.getByRole('button', { name: 'Проверить и импортировать' }).click();
    };
    await upload('participants.csv', Buffer.from(csv, 'utf8'));
    await page.getByText('1 строка в файле, приглашён 1 участник, ошибок нет.').waitFor();
    await upload('participants-again.csv', Buffer.from(csv, 'utf8'));
    await page.getByText('1 строка в файле, никто не приглашён, ошибок нет.').waitFor();
    expect(await page.getByTestId('import-skipped-summary').textContent()).toBe('1 строка пропущена: эти люди уже приглашены.');
    expect(await page.locator('[data-testid="import-skipped"] tbody td').allTextContents()).toEqual(['2', email]);

    await upload('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    // Refused in the browser by the server's own rule, under the file field, before anything is sent.
    const refusal = page.getByTestId('field-error-csv');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe('это не текстовый CSV-файл: сохраните таблицу как «CSV UTF-8» и загрузите ещё раз');
    expect(await page.getByLabel('Файл участников (.csv)').getAttribute('aria-invalid')).toBe('true');
  });

  it('changes a person’s roles, and explains why an organizer cannot drop their own', async () => {
    const person = await createPerson(portal(), { name: 'Олег Ролевой' });
    const page = await portal().open('/people', { signedInAs: demo.organizer, allowConsoleErrors: [/status of 409/] });
    await page.getByLabel('Имя или почта').fill(person.email);
    const row = page.locator(`[data-testid="person-row"][data-email="${person.email}"]`);
    await row.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="person-row"]').length === 1);
    await row.getByRole('button', { name: 'Изменить роли' }).click();
    await row.getByRole('checkbox', { name: 'Преподаватель' }).check();
    await row.getByRole('checkbox', { name: 'Слушатель' }).uncheck();
    await row.getByRole('button', { name: 'Сохранить роли' }).click();
    await row.locator('[data-role="instructor"]').waitFor();
    expect(await row.locator('[data-role]').count()).toBe(1);
    const agent = await portal().organizer();
    expect((await agent.client.people.list.query({ search: person.email })).items[0]?.roles).toEqual(['instructor']);

    await page.getByLabel('Имя или почта').fill(demo.organizer);
    const own = page.locator(`[data-testid="person-row"][data-email="${demo.organizer}"]`);
    await own.waitFor();
    await own.getByRole('button', { name: 'Изменить роли' }).click();
    await own.getByRole('checkbox', { name: 'Организатор' }).uncheck();
    await own.getByRole('button', { name: 'Сохранить роли' }).click();
    const alert = own.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-error-code')).toBe('CONFLICT');
    expect(await alert.textContent()).toBe('Роли: нельзя снять с себя роль организатора — попросите другого организатора');
  });

  it('deactivates a person after asking, who then cannot sign in', async () => {
    const person = await createPerson(portal(), { name: 'Денис Уходящий' });
    const page = await portal().open('/people', { signedInAs: demo.organizer });
    await page.getByLabel('Имя или почта').fill(person.email);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="person-row"]').length === 1);
    const row = page.locator(`[data-testid="person-row"][data-email="${person.email}"]`);
    await row.getByRole('button', { name: 'Деактивировать' }).click();
    await row.getByRole('alertdialog').getByRole('button', { name: 'Деактивировать' }).click();
    // Deactivated people leave the default list; "include deactivated" brings them back.
    await row.waitFor({ state: 'detached' });
    // The box follows the address, which the router updates in a transition: click, then wait for the row.
    await page.getByLabel('Показывать деактивированных').click();
    await row.waitFor();
    expect(await row.getByTestId('person-status').textContent()).toBe('Деактивирован');

    const refused = await new Agent(portal().url).client.auth.signIn
      .mutate({ email: person.email, password: person.password })
      .then(() => 'signed in', () => 'refused');
    expect(refused).toBe('refused');
    const signIn = await portal().open('/sign-in', { allowConsoleErrors: [/status of 401/] });
    await signIn.getByLabel('Электронная почта').fill(person.email);
    await signIn.getByLabel('Пароль', { exact: true }).fill(person.password);
    await signIn.getByRole('button', { name: 'Войти', exact: true }).click();
    expect(await signIn.getByRole('alert').textContent()).toBe('Неверная электронная почта или пароль.');
  });

  it('counts everyone matching in the heading, not the loaded rows, and keeps the status filter in the address', async () => {
    const organizer = await portal().organizer();
    const prefix = `many-${dialect}`;
    for (let n = 0; n < 51; n++) await organizer.client.people.invite.mutate({ email: `${prefix}-${n}@example.org`, name: `Многие ${n}` });
    const accepted = await createPerson(portal(), { name: `Принявший ${dialect}` });

    const page = await portal().open(`/people?q=${prefix}`, { signedInAs: demo.organizer });
    await page.getByTestId('person-row').first().waitFor();
    expect(await page.getByTestId('person-row').count()).toBe(50);
    expect(await page.getByTestId('people-total').textContent()).toBe('51 участник');

    await page.getByLabel('Имя или почта').fill('');
    await page.getByLabel('Статус').selectOption('invited');
    await page.waitForURL((url) => url.searchParams.get('status') === 'invited' && !url.searchParams.has('q'));
    const { total } = await organizer.client.people.list.query({ status: 'invited', limit: 1 });
    await page.locator(`[data-testid="people-total"][data-total="${total}"]`).waitFor();
    const statuses = await page.getByTestId('person-status').evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['invited']));

    await page.getByLabel('Статус').selectOption('active');
    await page.locator(`[data-testid="person-row"][data-email="${accepted.email}"]`).waitFor();
    await page.reload();
    expect(await page.getByLabel('Статус').inputValue()).toBe('active');
    await page.locator(`[data-testid="person-row"][data-email="${accepted.email}"]`).waitFor();
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('status') === 'invited');
    expect(await page.getByLabel('Статус').inputValue()).toBe('invited');
  });

  it('resends the invitation to everyone who has not accepted after asking, once, and refuses a second click at once', async () => {
    const organizer = await portal().organizer();
    const waiting = `waiting-${dialect}@example.org`;
    await organizer.client.people.invite.mutate({ email: waiting, name: 'Ждущий Ответа' });
    const accepted = await createPerson(portal(), { name: `Уже принял ${dialect}` });
    const invitationsTo = async (to: string) =>
      (await organizer.client.mail.outbox.query({ to, limit: 200 })).filter((mail) => mail.to === to && mail.kind === 'invitation').length;
    const { total } = await organizer.client.people.list.query({ status: 'invited', limit: 1 });

    const page = await portal().open('/people', { signedInAs: demo.organizer, allowConsoleErrors: [/status of 429/] });
    const resend = page.getByRole('button', { name: `Переслать приглашения: ${total}` });
    await resend.click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain(`${total} участникам, которые ещё не приняли`);
    await dialog.getByRole('button', { name: 'Отправить' }).click();
    expect(await page.getByTestId('resend-all-done').textContent()).toBe(`Новые приглашения отправлены ${total} участникам.`);
    expect(await invitationsTo(waiting)).toBe(2);
    expect(await invitationsTo(accepted.email)).toBe(1);

    await page.getByRole('button', { name: `Переслать приглашения: ${total}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Отправить' }).click();
    await page.locator('[data-testid="resend-all"] [data-error-code="TOO_MANY_REQUESTS"]').waitFor();
    expect(await invitationsTo(waiting)).toBe(2);
  });

  it('shows sign-ins in the audit log, in the organizer’s time zone, filtered by event', async () => {
    await new Agent(portal().url).signIn(demo.learner);
    const page = await portal().open('/audit', { signedInAs: demo.organizer });
    const first = page.getByTestId('audit-row').first();
    await first.waitFor();
    await page.getByLabel('Событие').selectOption('auth.signed_in');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="audit-row"]')].every((row) => row.getAttribute('data-event') === 'auth.signed_in'),
    );
    const rows = page.getByTestId('audit-row');
    expect(await rows.first().locator('.badge').textContent()).toBe('Вход');
    const actors = await rows.getByTestId('audit-actor').allTextContents();
    // Names as the people have them now, from the log itself.
    expect(actors).toContain('Лариса Слушатель');
    expect(actors).toContain('Ольга Организатор');
    expect(await rows.first().locator('time').textContent()).toMatch(/\d{1,2}:\d{2}:\d{2}/);
  });

  it('names roles and token permissions in the audit log in words, not codes', async () => {
    const person = await createPerson(portal(), { roles: ['learner', 'instructor'] });
    const page = await portal().open('/audit', { signedInAs: demo.organizer });
    await page.getByLabel('Событие').selectOption('people.invited');
    const invited = page.locator('[data-testid="audit-row"][data-event="people.invited"]', { hasText: person.name });
    expect(await invited.locator('[data-detail="roles"]').textContent()).toBe('слушатель и преподаватель');
    await page.getByRole('button', { name: 'English' }).click();
    await invited.locator('[data-detail="roles"]', { hasText: 'learner and instructor' }).waitFor();
  });

  it('fits every new page on a 375-px phone without sideways scrolling', async () => {
    const page = await portal().open('/sign-in', { viewport: phone, allowConsoleErrors: [/status of 404/] });
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const path of ['/sign-in', '/forgot-password', '/reset-password/0123456789abcdefghijklmnop', '/invitation/0123456789abcdefghijklmnop']) {
      await page.goto(`${portal().url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await overflowsSideways(page), path).toBe(false);
    }
    const signedIn = await portal().open('/profile', { signedInAs: demo.organizer, viewport: phone });
    for (const [path, ready] of [
      ['/profile', '[name="name"]'],
      ['/profile/tokens', 'form'],
      ['/people', '[data-testid="person-row"]'],
      ['/audit', '[data-testid="audit-row"]'],
      ['/mail', '[data-testid="mail-item"], [data-testid="mail-empty"]'],
    ] as const) {
      await signedIn.goto(`${portal().url}${path}`);
      await signedIn.locator(ready).first().waitFor();
      if (path === '/people') {
        await signedIn.getByText('Пригласить участника').click();
        await signedIn.getByText('Импорт из CSV').click();
      }
      expect(await overflowsSideways(signedIn), path).toBe(false);
      expect(await textOverflowing(signedIn), path).toEqual([]);
      expect(await brokenWords(signedIn), path).toEqual([]);
    }
    await signedIn.getByTestId('account-button').click();
    expect(await overflowsSideways(signedIn), 'account menu').toBe(false);
  });
});
