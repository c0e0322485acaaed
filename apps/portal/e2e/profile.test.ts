import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { Agent } from '@gorod/server/testing';
import { createPerson, demo, usePortal } from './support/portal';

const browser = launchBrowserForFile();

describeEachDialect('profile and API tokens', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('saves name, city from the directory, position and Chinese, which switches the interface and stays after a reload', async () => {
    const person = await createPerson(portal(), { name: 'Анна Иванова' });
    const perm = await portal().api.cities.get.query({ id: 'perm' });
    const page = await portal().open('/profile', { signedInAs: person.email, password: person.password });
    const name = page.getByLabel('Имя и фамилия');
    await name.waitFor();
    expect(await name.inputValue()).toBe('Анна Иванова');
    await name.fill('Анна Петрова');

    const city = page.getByRole('combobox', { name: 'Город' });
    await city.fill('перм');
    await page.getByRole('option', { name: /^Пермь/ }).click();
    expect(await city.inputValue()).toBe('Пермь');
    // Choosing the city proposes its time zone.
    expect(await page.getByLabel('Часовой пояс').inputValue()).toBe(perm.timeZone);

    expect(await page.getByLabel('Должность').getAttribute('placeholder')).toBe('глава городского округа');
    await page.getByLabel('Должность').fill('глава городского округа');
    await page.getByLabel('Язык', { exact: true }).selectOption('zh');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('heading', { name: '个人资料', level: 1 }).waitFor();
    expect(await page.getByTestId('profile-saved').textContent()).toBe('个人资料已保存。');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');

    await page.reload();
    await page.getByRole('heading', { name: '个人资料', level: 1 }).waitFor();
    expect(await page.getByLabel('姓名').inputValue()).toBe('Анна Петрова');
    // The city's name arrives with its own read after the form shows.
    await expect.poll(() => page.getByRole('combobox', { name: '城市' }).inputValue()).toBe(perm.name.zh ?? perm.name.en ?? perm.name.ru);
    expect(await page.getByLabel('职务').inputValue()).toBe('глава городского округа');
    expect(await page.getByLabel('时区').inputValue()).toBe(perm.timeZone);
    expect(await page.getByTestId('account-name').textContent()).toBe('Анна Петрова');
  });

  it('finds a city with the keyboard alone', async () => {
    const person = await createPerson(portal());
    const page = await portal().open('/profile', { signedInAs: person.email, password: person.password });
    const city = page.getByRole('combobox', { name: 'Город' });
    await city.fill('Yekaterinburg');
    await page.locator('[role="listbox"][aria-busy="false"] [role="option"][data-city-id="yekaterinburg"]').waitFor();
    expect(await city.getAttribute('aria-expanded')).toBe('true');
    await city.press('Enter');
    expect(await city.inputValue()).toBe('Екатеринбург');
    expect(await city.getAttribute('aria-expanded')).toBe('false');
  });

  it('creates an API token shown once, which works against the API until it is revoked', async () => {
    const { url } = portal();
    const page = await portal().open('/profile/tokens', { signedInAs: demo.learner, allowConsoleErrors: [] });
    await page.getByLabel('Название').fill('Отчёт для администрации');
    await page.getByRole('checkbox', { name: /profile:read/ }).check();
    await page.getByRole('button', { name: 'Создать токен' }).click();
    const secret = (await page.getByTestId('token-secret').textContent()) ?? '';
    expect(secret).toMatch(/^gorod_/);
    expect(await page.getByTestId('token-secret-box').textContent()).toContain('он показывается один раз');

    const me = await fetch(`${url}/api/trpc/auth.me`, { headers: { authorization: `Bearer ${secret}` } });
    expect(me.status).toBe(200);
    expect((await me.json()).result.data.email).toBe(demo.learner);

    await page.reload();
    const row = page.getByTestId('token-row').filter({ hasText: 'Отчёт для администрации' });
    await row.waitFor();
    expect(await page.getByTestId('token-secret').count()).toBe(0);
    expect(await row.textContent()).not.toContain(secret);
    expect(await row.getByTestId('token-last-used').textContent()).not.toBe('никогда');

    await row.getByRole('button', { name: 'Отозвать' }).click();
    await row.getByRole('alertdialog').getByRole('button', { name: 'Отозвать' }).click();
    await row.getByTestId('token-revoked').waitFor();
    const after = await fetch(`${url}/api/trpc/auth.me`, { headers: { authorization: `Bearer ${secret}` } });
    expect(after.status).toBe(401);
  });

  it('asks before signing out everywhere, then ends the session', async () => {
    const person = await createPerson(portal());
    const page = await portal().open('/profile', { signedInAs: person.email, password: person.password });
    await page.getByRole('button', { name: 'Выйти на всех устройствах' }).click();
    expect(await page.getByRole('alertdialog').textContent()).toContain('Завершить все сеансы, включая этот?');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Выйти на всех устройствах' }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.getByTestId('sign-in-link').waitFor();
    await page.goto(`${portal().url}/profile`);
    await page.waitForURL(/\/sign-in\?next=/);
  });

  it('lists the person’s browsers, this one marked, and ends the others one by one, signing them out', async () => {
    const person = await createPerson(portal());
    const phone = new Agent(portal().url);
    await phone.signIn(person.email, person.password);
    const page = await portal().open('/profile', { signedInAs: person.email, password: person.password });
    const others = page.locator('[data-testid="session-row"][data-current="false"]');
    await others.first().waitFor();
    expect(await page.locator('[data-testid="session-row"][data-current="true"]').textContent()).toContain('Этот браузер');
    // The invitation's own sign-in and the phone: every other session, ended from here.
    for (let left = await others.count(); left > 0; left--) {
      await others.first().getByRole('button', { name: 'Завершить' }).click();
      await others.first().getByRole('alertdialog').getByRole('button', { name: 'Завершить' }).click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="session-row"][data-current="false"]').length === n, left - 1);
    }
    expect((await phone.call('auth.me', 'query')).status).toBe(401);
    expect(await page.getByTestId('session-row').count()).toBe(1);
  });

  it('changes the password, refusing a wrong current one, and ends the other sessions', async () => {
    const person = await createPerson(portal());
    const other = new Agent(portal().url);
    await other.signIn(person.email, person.password);
    // The wrong current password is a 400, which Chromium logs as a failed resource.
    const page = await portal().open('/profile', {
      signedInAs: person.email,
      password: person.password,
      allowConsoleErrors: [/status of 400/],
    });
    const form = page.getByTestId('password-form');
    await form.getByLabel('Текущий пароль').fill('not-my-password');
    await form.getByLabel('Новый пароль').fill('новый-пароль-2026');
    await form.getByLabel('Повторите пароль').fill('новый-пароль-2026');
    await form.getByRole('button', { name: 'Сменить пароль' }).click();
    await form.getByText('неверный текущий пароль').waitFor();
    await form.getByLabel('Текущий пароль').fill(person.password);
    await form.getByRole('button', { name: 'Сменить пароль' }).click();
    // The invitation's own sign-in and the other agent: two other sessions.
    expect(await page.getByTestId('password-changed').textContent()).toBe('Пароль изменён. Завершены 2 других сеанса.');
    expect((await other.call('auth.me', 'query')).status).toBe(401);
    await new Agent(portal().url).signIn(person.email, 'новый-пароль-2026');
  });
});
