import { describeEachDialect } from '@gorod/db/testing';
import { Agent } from '@gorod/server/testing';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { createPerson, demo, mailedLink, usePortal } from './support/portal';

const browser = launchBrowserForFile();

async function signInWithForm(page: Page, email: string, password: string) {
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
}

describeEachDialect('signing in and out', (dialect) => {
  const portal = usePortal(browser, dialect);

  it('signs the learner in to their agenda, shows their name in the header, and signs them out', async () => {
    const me = await (await new Agent(portal().url).signIn(demo.learner)).client.auth.me.query();
    const page = await portal().open('/');
    await page.getByTestId('sign-in-link').click();
    await page.waitForURL(/\/sign-in$/);
    await signInWithForm(page, demo.learner, demo.password);
    // A participant lands on their agenda, not on the profile form.
    await page.waitForURL(/\/agenda$/);
    // The address changes at once, but React shows the agenda only once its chunk has loaded; a menu
    // opened before that closes when the page arrives, as after any navigation.
    await page.getByRole('heading', { level: 1, name: 'Моя программа' }).waitFor();
    expect(await page.getByTestId('account-name').textContent()).toBe(me.name);

    await page.getByTestId('account-button').click();
    expect(await page.getByRole('link', { name: 'Участники' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Выйти', exact: true }).click();
    await page.getByTestId('sign-in-link').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('says in Russian that the password is wrong, and checks the email before sending', async () => {
    const page = await portal().open('/sign-in', { allowConsoleErrors: [/status of 401/] });
    await signInWithForm(page, 'not-an-email', 'whatever');
    expect(await page.getByTestId('field-error-email').textContent()).toBe('введите адрес вида name@example.org');

    await signInWithForm(page, demo.learner, 'wrong-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-error-code')).toBe('UNAUTHENTICATED');
    expect(await alert.textContent()).toBe('Неверная электронная почта или пароль.');
    expect(await page.getByTestId('field-error-email').count()).toBe(0);
  });

  it('tells a locked-out visitor how many minutes to wait', async () => {
    const email = 'nobody-here@example.org';
    const agent = new Agent(portal().url);
    for (let attempt = 0; attempt < 5; attempt++) {
      await agent.client.auth.signIn.mutate({ email, password: 'guess-guess' }).catch(() => undefined);
    }
    const page = await portal().open('/sign-in', { allowConsoleErrors: [/status of 429/] });
    await signInWithForm(page, email, 'guess-guess');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-error-code')).toBe('TOO_MANY_REQUESTS');
    expect(await alert.textContent()).toBe('Слишком много неудачных попыток. Попробуйте снова через 1 минуту.');
  });

  it('warns before the last attempts that signing in will pause', async () => {
    const person = await createPerson(portal(), { name: 'Анна Торопливая' });
    const agent = new Agent(portal().url);
    for (let attempt = 0; attempt < 2; attempt++) {
      await agent.client.auth.signIn.mutate({ email: person.email, password: 'guess-guess' }).catch(() => undefined);
    }
    const page = await portal().open('/sign-in', { allowConsoleErrors: [/status of 401/] });
    await signInWithForm(page, person.email, 'wrong-password');
    await page.getByRole('alert').waitFor();
    expect(await page.getByTestId('attempts-left').textContent()).toBe(
      'Осталось 2 попытки, затем вход в эту учётную запись ненадолго приостановится.',
    );
  });

  it('sends a signed-out visitor from /profile to sign in, and back to /profile afterwards', async () => {
    const page = await portal().open('/profile');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/profile');
    await signInWithForm(page, demo.instructor, demo.password);
    await page.getByRole('heading', { name: 'Профиль', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile');
  });

  it('resets a forgotten password from the mailed link, and the new password works', async () => {
    const person = await createPerson(portal(), { name: 'Вера Забывчивая' });
    const page = await portal().open('/sign-in');
    await page.getByRole('link', { name: 'Забыли пароль?' }).click();
    await page.getByRole('heading', { name: 'Восстановление пароля' }).waitFor();
    await page.getByLabel('Электронная почта').fill(person.email);
    await page.getByRole('button', { name: 'Отправить ссылку' }).click();
    expect(await page.getByTestId('forgot-sent').textContent()).toContain(`Если учётная запись с адресом ${person.email} существует`);

    const link = await mailedLink(portal(), person.email, 'reset-password');
    await page.goto(link);
    await page.getByLabel('Новый пароль').fill('short');
    await page.getByLabel('Повторите пароль').fill('different');
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    expect(await page.getByTestId('field-error-password').textContent()).toBe('не короче 10 символов');
    expect(await page.getByTestId('field-error-repeat').textContent()).toBe('пароли не совпадают');

    await page.getByLabel('Новый пароль').fill('a-new-password-42');
    await page.getByLabel('Повторите пароль').fill('a-new-password-42');
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    await page.waitForURL(/\/sign-in$/);
    expect(await page.getByRole('status').first().textContent()).toBe('Пароль изменён. Войдите с новым паролем.');
    await signInWithForm(page, person.email, 'a-new-password-42');
    await page.waitForURL(/\/agenda$/);
    expect(await page.getByTestId('account-name').textContent()).toBe('Вера Забывчивая');
  });

  it('explains that a used reset link no longer works and offers a new one', async () => {
    const person = await createPerson(portal());
    await new Agent(portal().url).client.auth.requestPasswordReset.mutate({ email: person.email });
    const link = await mailedLink(portal(), person.email, 'reset-password');
    await new Agent(portal().url).client.auth.resetPassword.mutate({ token: link.split('/').at(-1) ?? '', password: 'first-use-password' });

    const page = await portal().open(new URL(link).pathname, { allowConsoleErrors: [/status of 404/] });
    await page.getByLabel('Новый пароль').fill('second-use-password');
    await page.getByLabel('Повторите пароль').fill('second-use-password');
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    await page.getByTestId('invalid-link').waitFor();
    expect(await page.getByTestId('invalid-link').textContent()).toContain('Ссылка для восстановления устарела или уже использована.');
    await page.getByRole('link', { name: 'Запросить новую ссылку' }).click();
    await page.waitForURL(/\/forgot-password$/);
  });

  it('shows "no access" to a learner who opens an organizer page', async () => {
    const page = await portal().open('/people', { signedInAs: demo.learner });
    await page.getByTestId('no-access').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Нет доступа');
    expect(await page.getByTestId('people-list').count()).toBe(0);
  });
});
