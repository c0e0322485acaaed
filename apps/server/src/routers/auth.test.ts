import { describeEachDialect } from '@gorod/db/testing';
import { afterAll, expect, it } from 'vitest';
import { createServer } from '../server.js';
import { Agent } from '../testing/agent.js';
import { useTestServer } from '../testing/test-server.js';

const linkIn = (body: string, kind: string) => new RegExp(`/${kind}/([A-Za-z0-9_-]+)`).exec(body)?.[1] ?? '';

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
    const replica = await createServer({ databaseUrl: api().databaseUrl });
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

