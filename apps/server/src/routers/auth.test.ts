import { request } from 'node:http';
import { describeEachDialect } from '@gorod/db/testing';
import { apiPath } from '@gorod/domain';
import { afterAll, expect, it } from 'vitest';
import { passwordWorkStarted } from '../auth/passwords.js';
import { createServer } from '../server.js';
import { Agent } from '../testing/agent.js';
import { useTestServer } from '../testing/test-server.js';

const linkIn = (body: string, kind: string) => new RegExp(`/${kind}/([A-Za-z0-9_-]+)`).exec(body)?.[1] ?? '';
const tokenOf = (link: string) => link.split('/').at(-1) ?? '';

/** POSTs to a procedure with headers fetch would not send as given (Host), as an attacker's client can. */
function postWithHeaders(baseUrl: string, path: string, input: unknown, headers: Record<string, string>): Promise<number> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${apiPath}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** One HTTP request carrying a batch of calls to `path`, one per input; the answers, in order. */
/** One un-batched tRPC mutation by hand, to see the raw status, headers and body. */
async function call(baseUrl: string, path: string, input: unknown): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(`${baseUrl}${apiPath}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const fakeToken = (i: number) => `made-up-token-${String(i).padStart(8, '0')}`;

describeEachDialect('signing in and out', (dialect) => {
  let clock = new Date('2026-11-25T09:00:00Z');
  const api = useTestServer(dialect, { now: () => clock });

  it('signs a demo learner in with a session cookie and tells who they are', async () => {
    const agent = api().agent();
    const user = await agent.client.auth.signIn.mutate({ email: 'Learner@Example.org', password: 'gorod-demo' });
    expect(user).toMatchObject({ email: 'learner@example.org', roles: ['learner'] });
    expect((await agent.client.auth.me.query()).email).toBe('learner@example.org');
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and a new session id at every sign-in', async () => {
    const response = await fetch(`${api().url}/api/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'gorod_session=planted-by-an-attacker' },
      body: JSON.stringify({ email: 'learner@example.org', password: 'gorod-demo' }),
    });
    const session = response.headers.getSetCookie().find((c) => c.startsWith('gorod_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/);
    expect(session).not.toContain('planted-by-an-attacker');
    const first = await api().signedIn('learner@example.org');
    const second = await api().signedIn('learner@example.org');
    expect(first.cookies.get('gorod_session')).not.toBe(second.cookies.get('gorod_session'));
  });

  it('answers an unknown email and a wrong password with the same message', async () => {
    const wrongPassword = await api().agent().call('auth.signIn', 'mutation', { email: 'learner@example.org', password: 'nope-nope-nope' });
    const unknown = await api().agent().call('auth.signIn', 'mutation', { email: 'nobody@example.org', password: 'nope-nope-nope' });
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe(wrongPassword.body.error.message);
    expect(unknown.body.error.data.code).toBe('UNAUTHENTICATED');
  });

  it('refuses me() without a session with UNAUTHENTICATED', async () => {
    const { status, body } = await api().agent().call('auth.me', 'query');
    expect(status).toBe(401);
    expect(body.error.data).toMatchObject({ code: 'UNAUTHENTICATED', i18nKey: 'errors.UNAUTHENTICATED' });
  });

  it('refuses a session mutation without the CSRF header', async () => {
    const agent = await api().signedIn('learner@example.org');
    agent.sendCsrf = false;
    const { status, body } = await agent.call('profile.update', 'mutation', { position: 'Мэр' });
    expect(status).toBe(403);
    expect(body.error.message).toMatch(/x-gorod-csrf/);
    agent.sendCsrf = true;
    expect((await agent.call('profile.update', 'mutation', { position: 'Мэр' })).status).toBe(200);
  });

  it('keeps the user signed in on a second replica of the server on the same database', async () => {
    const agent = await api().signedIn('learner@example.org');
    const replica = await createServer({ databaseUrl: api().databaseUrl, now: () => clock });
    try {
      const moved = new Agent(await replica.listen(0));
      for (const [name, value] of agent.cookies) moved.cookies.set(name, value);
      expect((await moved.client.auth.me.query()).email).toBe('learner@example.org');
    } finally {
      await replica.close();
    }
  });

  it('signs out this session, and signs out everywhere', async () => {
    const laptop = await api().signedIn('learner@example.org');
    const phone = await api().signedIn('learner@example.org');
    await laptop.client.auth.signOut.mutate();
    expect((await laptop.call('auth.me', 'query')).status).toBe(401);
    expect((await phone.call('auth.me', 'query')).status).toBe(200);
    const tablet = await api().signedIn('learner@example.org');
    expect((await tablet.client.auth.signOutEverywhere.mutate()).sessionsEnded).toBeGreaterThanOrEqual(2);
    expect((await phone.call('auth.me', 'query')).status).toBe(401);
    expect((await tablet.call('auth.me', 'query')).status).toBe(401);
  });

  it('ends a session after 3 idle days, and after 30 days however active', async () => {
    const idle = await api().signedIn('learner@example.org');
    clock = new Date(clock.getTime() + 3 * 24 * 3600_000 + 60_000);
    expect((await idle.call('auth.me', 'query')).status).toBe(401);
    const active = await api().signedIn('learner@example.org');
    // Used every other day: alive until day 30 after sign-in, then over.
    for (let elapsedDays = 2; elapsedDays <= 32; elapsedDays += 2) {
      clock = new Date(clock.getTime() + 2 * 24 * 3600_000);
      const { status } = await active.call('auth.me', 'query');
      expect(status, `day ${elapsedDays}`).toBe(elapsedDays < 30 ? 200 : 401);
    }
  });

  it('resets a forgotten password by a single-use mailed link, ending other sessions', async () => {
    clock = new Date('2026-11-25T09:00:00Z');
    const other = await api().signedIn('instructor@example.org');
    const anonymous = api().agent();
    await anonymous.client.auth.requestPasswordReset.mutate({ email: 'INSTRUCTOR@example.org' });
    const mail = await api().lastMailTo('instructor@example.org');
    expect(mail?.subject).toBe('Восстановление пароля Gorod');
    const token = linkIn(mail!.body, 'reset-password');
    await anonymous.client.auth.resetPassword.mutate({ token, password: 'новый-пароль-2026' });
    const reused = await anonymous.call('auth.resetPassword', 'mutation', { token, password: 'ещё-один-пароль' });
    expect(reused.status).toBe(404);
    expect(reused.body.error.data.issues[0]).toMatchObject({ path: ['token'], code: 'invalid_link' });
    expect((await other.call('auth.me', 'query')).status).toBe(401);
    expect((await api().agent().call('auth.signIn', 'mutation', { email: 'instructor@example.org', password: 'gorod-demo' })).status).toBe(401);
    await api().signedIn('instructor@example.org', 'новый-пароль-2026');
  });

  it('answers a reset request for an unknown email exactly as for a known one, and mails nothing', async () => {
    const { status, body } = await api().agent().call('auth.requestPasswordReset', 'mutation', { email: 'ghost@example.org' });
    expect(status).toBe(200);
    expect(body.result.data).toEqual({ ok: true });
    expect(await api().lastMailTo('ghost@example.org')).toBeUndefined();
  });

  it('changes the password given the current one, ending the other sessions but this one', async () => {
    clock = new Date('2026-11-25T09:00:00Z');
    const phone = await api().signedIn('organizer@example.org');
    const laptop = await api().signedIn('organizer@example.org');
    const wrong = await laptop.call('auth.changePassword', 'mutation', { currentPassword: 'not-it', newPassword: 'совсем-новый-пароль' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.data.issues[0]).toMatchObject({ path: ['currentPassword'], code: 'wrong_password' });
    const short = await laptop.call('auth.changePassword', 'mutation', { currentPassword: 'gorod-demo', newPassword: 'short' });
    expect(short.body.error.data.issues[0]).toMatchObject({ path: ['newPassword'], code: 'too_small' });
    expect(await laptop.client.auth.changePassword.mutate({ currentPassword: 'gorod-demo', newPassword: 'совсем-новый-пароль' })).toEqual({
      otherSessionsEnded: 1,
    });
    expect((await laptop.call('auth.me', 'query')).status).toBe(200);
    expect((await phone.call('auth.me', 'query')).status).toBe(401);
    await api().signedIn('organizer@example.org', 'совсем-новый-пароль');
  });

  it('limits reset mails per email, known or not', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const agent = api().agent();
      statuses.push((await agent.call('auth.requestPasswordReset', 'mutation', { email: 'flooded@example.org' })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
  });

  afterAll(() => {
    clock = new Date('2026-11-25T09:00:00Z');
  });
});


describeEachDialect('mailed links and the passwords they set', (dialect) => {
  // Behind a trusted proxy, so that even a believed X-Forwarded-Host must not reach a link.
  const api = useTestServer(dialect, { trustProxy: '127.0.0.1' });

  it('points reset and invitation links at the server’s own address, whatever Host or X-Forwarded-Host says', async () => {
    const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    expect(await postWithHeaders(api().url, 'auth.requestPasswordReset', { email: 'learner@example.org' }, forged)).toBe(200);
    expect(await api().mailedLink('learner@example.org', 'password_reset')).toMatch(new RegExp(`^${api().url}/reset-password/[\\w-]+$`));
    const organizer = await api().signedIn('organizer@example.org');
    organizer.headers = { 'x-forwarded-host': 'evil.example' };
    await organizer.client.people.invite.mutate({ email: 'forged-host@example.org', name: 'Под Подделкой' });
    expect(await api().mailedLink('forged-host@example.org', 'invitation')).toMatch(new RegExp(`^${api().url}/invitation/[\\w-]+$`));
  });

  it('keeps only the newest reset link working, and ends every reset link when the password changes', async () => {
    const anonymous = api().agent();
    await anonymous.client.auth.requestPasswordReset.mutate({ email: 'instructor@example.org' });
    const first = tokenOf(await api().mailedLink('instructor@example.org', 'password_reset'));
    await anonymous.client.auth.requestPasswordReset.mutate({ email: 'instructor@example.org' });
    const second = tokenOf(await api().mailedLink('instructor@example.org', 'password_reset'));
    expect(second).not.toBe(first);
    const old = await anonymous.call('auth.resetPassword', 'mutation', { token: first, password: 'старая-ссылка-1' });
    expect(old.status).toBe(404);
    expect(old.body.error.data.issues[0]).toMatchObject({ path: ['token'], code: 'invalid_link' });

    const instructor = await api().signedIn('instructor@example.org');
    await instructor.client.auth.changePassword.mutate({ currentPassword: 'gorod-demo', newPassword: 'сменил-сам-2026' });
    expect((await anonymous.call('auth.resetPassword', 'mutation', { token: second, password: 'после-смены-1' })).status).toBe(404);
    await api().signedIn('instructor@example.org', 'сменил-сам-2026');
  });

  it('refuses a new password equal to the current one, by change and by reset, keeping the reset link', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const change = await organizer.call('auth.changePassword', 'mutation', { currentPassword: 'gorod-demo', newPassword: 'gorod-demo' });
    expect(change.status).toBe(400);
    expect(change.body.error.data).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['newPassword'], code: 'same_password', i18nKey: 'errors.issue.same_password' }] });

    const anonymous = api().agent();
    await anonymous.client.auth.requestPasswordReset.mutate({ email: 'organizer@example.org' });
    const token = tokenOf(await api().mailedLink('organizer@example.org', 'password_reset'));
    const reset = await anonymous.call('auth.resetPassword', 'mutation', { token, password: 'gorod-demo' });
    expect(reset.status).toBe(400);
    expect(reset.body.error.data.issues).toEqual([expect.objectContaining({ path: ['password'], code: 'same_password' })]);
    expect(await anonymous.client.auth.resetPassword.mutate({ token, password: 'другой-пароль-орг' })).toEqual({ ok: true });
    // The next tests sign the organizer in with 'gorod-demo-2'.
    const signedIn = await api().signedIn('organizer@example.org', 'другой-пароль-орг');
    await signedIn.client.auth.changePassword.mutate({ currentPassword: 'другой-пароль-орг', newPassword: 'gorod-demo-2' });
  });

  it('neither greets nor accepts nor resends the invitation of a deactivated person', async () => {
    const organizer = await api().signedIn('organizer@example.org', 'gorod-demo-2');
    const person = await organizer.client.people.invite.mutate({ email: 'deactivated-invitee@example.org', name: 'Отключённый' });
    const token = tokenOf(await api().mailedLink('deactivated-invitee@example.org', 'invitation'));
    await organizer.client.people.deactivate.mutate({ userId: person.id });
    const guest = api().agent();
    expect((await guest.call('auth.invitation', 'query', { token })).status).toBe(404);
    const accepted = await guest.call('auth.acceptInvitation', 'mutation', { token, password: 'всё-равно-войду' });
    expect(accepted.status).toBe(404);
    expect(accepted.body.error.data.issues[0]).toMatchObject({ path: ['token'], code: 'invalid_link' });
    const resent = await organizer.call('people.resendInvitation', 'mutation', { userId: person.id });
    expect(resent.status).toBe(409);
    expect(resent.body.error.data.issues[0]).toMatchObject({ path: ['userId'], code: 'deactivated' });
  });

  it('tells the invitation page the person’s own language', async () => {
    const organizer = await api().signedIn('organizer@example.org', 'gorod-demo-2');
    await organizer.client.people.invite.mutate({ email: 'mayor@dalian.example', name: '大连市长', locale: 'zh' });
    const token = tokenOf(await api().mailedLink('mayor@dalian.example', 'invitation'));
    expect(await api().agent().client.auth.invitation.query({ token })).toEqual({ name: '大连市长', email: 'mayor@dalian.example', locale: 'zh' });
    expect((await api().lastMailTo('mayor@dalian.example'))?.subject).toBe('Gorod 邀请 — 俄罗斯城市');
  });

  it('hashes no password for made-up tokens, so a sign-in amid a flood of them succeeds', async () => {
    const before = passwordWorkStarted();
    // Account calls cannot be batched, so the flood is 400 requests at once, as many clients would send it.
    const flood = Array.from({ length: 400 }, (_, i) =>
      call(api().url, i % 2 === 0 ? 'auth.resetPassword' : 'auth.acceptInvitation', { token: fakeToken(i), password: 'flooding-password' }),
    );
    const [signedIn, ...answers] = await Promise.all([api().signedIn('learner@example.org'), ...flood]);
    expect((await signedIn.client.auth.me.query()).email).toBe('learner@example.org');
    expect(new Set(answers.map((answer) => answer.body.error?.data?.code))).toEqual(new Set(['NOT_FOUND']));
    // The sign-in's own verification is the only argon2 work done.
    expect(passwordWorkStarted() - before).toBe(1);
  });

  it('answers password work beyond its bound with 429 and Retry-After, never a 5xx', async () => {
    const organizer = await api().signedIn('organizer@example.org', 'gorod-demo-2');
    await organizer.client.people.invite.mutate({ email: 'many-tabs@example.org', name: 'Много Вкладок' });
    const token = tokenOf(await api().mailedLink('many-tabs@example.org', 'invitation'));
    // 60 tabs accept one real invitation at once: each is worth hashing, more than the bound allows.
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => call(api().url, 'auth.acceptInvitation', { token, password: 'одна-из-вкладок' })),
    );
    const outcomes = answers.map((answer) => (answer.body.result ? 'accepted' : answer.body.error.data.code));
    expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'TOO_MANY_REQUESTS').length).toBeGreaterThan(0);
    expect(new Set(outcomes)).toEqual(new Set(['accepted', 'NOT_FOUND', 'TOO_MANY_REQUESTS']));
    const busy = answers.find((answer) => answer.body.error?.data?.code === 'TOO_MANY_REQUESTS');
    expect(busy?.body.error.data.details).toEqual({ retryAfterSeconds: 1 });
    expect(busy?.headers.get('retry-after')).toBe('1');
  });
});
