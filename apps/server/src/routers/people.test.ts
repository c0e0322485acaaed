import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

const linkIn = (body: string) => /\/invitation\/([A-Za-z0-9_-]+)/.exec(body)?.[1] ?? '';

describeEachDialect('people, invitations and the participants CSV', (dialect) => {
  let clock = new Date('2026-11-25T09:00:00Z');
  const api = useTestServer(dialect, { now: () => clock });

  it('invites a person whose single-use link signs them in once', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const invited = await organizer.client.people.invite.mutate({
      email: 'Glava@Nizhny-Tagil.example',
      name: 'Глава Тагила',
      cityId: 'nizhny-tagil',
      position: 'глава городского округа',
    });
    expect(invited).toMatchObject({
      email: 'glava@nizhny-tagil.example',
      roles: ['learner'],
      timeZone: 'Asia/Yekaterinburg',
      status: 'invited',
    });
    const mail = await api().lastMailTo('glava@nizhny-tagil.example');
    expect(mail?.subject).toContain('Приглашение');
    const token = linkIn(mail!.body);
    const guest = api().agent();
    expect(await guest.client.auth.invitation.query({ token })).toEqual({ name: 'Глава Тагила', email: 'glava@nizhny-tagil.example', locale: 'ru' });
    await guest.client.auth.acceptInvitation.mutate({ token, password: 'уральский-пароль' });
    expect(await guest.client.auth.me.query()).toMatchObject({ name: 'Глава Тагила', status: 'active' });
    const again = await api().agent().call('auth.acceptInvitation', 'mutation', { token, password: 'другой-пароль-1' });
    expect(again.status).toBe(404);
    const resend = await organizer.call('people.resendInvitation', 'mutation', { userId: invited.id });
    expect(resend.status).toBe(409);
  });

  it('refuses an expired invitation link', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    await organizer.client.people.invite.mutate({ email: 'late@example.org', name: 'Опоздавший' });
    const token = linkIn((await api().lastMailTo('late@example.org'))!.body);
    clock = new Date(clock.getTime() + 15 * 24 * 3600_000);
    const { status } = await api().agent().call('auth.acceptInvitation', 'mutation', { token, password: 'опоздал-на-день' });
    expect(status).toBe(404);
    clock = new Date('2026-11-25T09:00:00Z');
  });

  it('refuses a second person with the same email in any case, naming the field', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const { status, body } = await organizer.call('people.invite', 'mutation', { email: 'LEARNER@example.org', name: 'Двойник' });
    expect(status).toBe(409);
    expect(body.error.data.issues[0]).toMatchObject({ path: ['email'], code: 'taken' });
  });

  it('refuses an extra key such as role in a mutation instead of applying it', async () => {
    const learner = await api().signedIn('learner@example.org');
    const { status, body } = await learner.call('profile.update', 'mutation', { name: 'Хитрец', role: 'organizer', userId: 'x' });
    expect(status).toBe(400);
    expect(body.error.data.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(['role', 'userId']);
    const me = await learner.client.auth.me.query();
    expect(me.name).not.toBe('Хитрец');
    expect(me.roles).toEqual(['learner']);
  });

  it('updates the profile with a city from the directory, refusing an unknown one', async () => {
    const learner = await api().signedIn('learner@example.org');
    const updated = await learner.client.profile.update.mutate({ cityId: 'dalian', locale: 'zh', timeZone: 'Asia/Shanghai' });
    expect(updated).toMatchObject({ cityId: 'dalian', locale: 'zh', timeZone: 'Asia/Shanghai' });
    const bad = await learner.call('profile.update', 'mutation', { cityId: 'atlantis', timeZone: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.issues.map((i: { path: string[] }) => i.path[0])).toEqual(['timeZone']);
  });

  it('reports every bad CSV row by line and field and imports nothing from a file with errors', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const csv = [
      '\uFEFFemail,name,city,position,roles',
      'ivanova@example.org,Анна Иванова,perm,глава города,learner',
      'not-an-email,Пётр Петров,kazan,,learner',
      'sidorov@example.org,,moscow,,',
      'kuznetsov@example.org,Кузнецов,atlantis,,',
      'learner@example.org,Уже есть,,,',
      'popov@example.org,Попов,,,mayor',
    ].join('\n');
    const report = await organizer.client.people.importCsv.mutate({ csv });
    expect(report).toMatchObject({ total: 6, imported: 0, skipped: [{ line: 6, email: 'learner@example.org' }] });
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'email'],
      [4, 'name'],
      [5, 'city'],
      [7, 'roles'],
    ]);
    expect(await api().lastMailTo('ivanova@example.org')).toBeUndefined();

    const partial = await organizer.client.people.importCsv.mutate({ csv, importGoodRows: true });
    expect(partial.imported).toBe(1);
    const { items } = await organizer.client.people.list.query({ search: 'иванова' });
    expect(items.map((u) => [u.email, u.cityId, u.timeZone])).toEqual([['ivanova@example.org', 'perm', 'Asia/Yekaterinburg']]);
    expect((await api().lastMailTo('ivanova@example.org'))?.subject).toContain('Приглашение');
  });

  it('reports a header without the email column at line 1', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const report = await organizer.client.people.importCsv.mutate({ csv: 'почта,name\na@b.c,A' });
    expect(report.imported).toBe(0);
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [1, 'почта'],
      [1, 'email'],
    ]);
  });

  it('filters the list by status and counts every match in total, whatever the page size', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    for (const n of [1, 2, 3]) await organizer.client.people.invite.mutate({ email: `count-${n}@example.org`, name: `Счёт ${n}` });
    const invited = await organizer.client.people.list.query({ status: 'invited', limit: 2 });
    expect(invited.items).toHaveLength(2);
    expect(invited.total).toBeGreaterThanOrEqual(3);
    expect(invited.items.every((person) => person.status === 'invited')).toBe(true);
    const rest = await organizer.client.people.list.query({ status: 'invited', limit: 100, cursor: invited.nextCursor! });
    expect(rest.total).toBe(invited.total);
    expect(invited.items.length + rest.items.length).toBe(invited.total);
    const active = await organizer.client.people.list.query({ status: 'active', limit: 100 });
    expect(active.items.map((person) => person.email)).toContain('organizer@example.org');
    expect(active.items.every((person) => person.status === 'active')).toBe(true);
    const everyone = await organizer.client.people.list.query({ includeDeactivated: true, limit: 1 });
    const deactivated = await organizer.client.people.list.query({ status: 'deactivated' });
    expect(everyone.total).toBe(invited.total + active.total + deactivated.total);
  });

  it('resends invitations to everyone invited and not deactivated at once, then refuses another bulk resend for ten minutes', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const pending = await organizer.client.people.invite.mutate({ email: 'bulk-pending@example.org', name: 'Ждущий' });
    const gone = await organizer.client.people.invite.mutate({ email: 'bulk-gone@example.org', name: 'Ушедший' });
    await organizer.client.people.deactivate.mutate({ userId: gone.id });
    const oldLink = (await api().lastMailTo('bulk-pending@example.org'))!.link;
    const goneMails = (await api().lastMailTo('bulk-gone@example.org'))!.link;
    const { total } = await organizer.client.people.list.query({ status: 'invited', limit: 1 });

    expect(await organizer.client.people.resendInvitations.mutate({})).toEqual({ sent: total });
    const fresh = (await api().lastMailTo('bulk-pending@example.org'))!.link;
    expect(fresh).not.toBe(oldLink);
    expect((await api().lastMailTo('bulk-gone@example.org'))!.link).toBe(goneMails);
    expect((await api().lastMailTo('organizer@example.org'))?.kind).not.toBe('invitation');
    const [event] = (await organizer.client.audit.list.query({ event: 'people.invitations_resent' })).items;
    expect(event).toMatchObject({ actorUserId: (await organizer.client.auth.me.query()).id, details: { sent: total } });

    clock = new Date(clock.getTime() + 9 * 60_000);
    const again = await organizer.call('people.resendInvitations', 'mutation', {});
    expect(again.status).toBe(429);
    expect(again.body.error.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: 60 } });
    expect((await api().lastMailTo('bulk-pending@example.org'))!.link).toBe(fresh);

    clock = new Date(clock.getTime() + 60_000);
    expect(await organizer.client.people.resendInvitations.mutate({})).toEqual({ sent: total });
    const guest = api().agent();
    expect(await guest.client.auth.invitation.query({ token: linkIn((await api().lastMailTo('bulk-pending@example.org'))!.body) })).toMatchObject({
      email: pending.email,
    });
    clock = new Date('2026-11-25T09:00:00Z');
  });

  it('refuses options the bulk resend does not know, naming them', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const { status, body } = await organizer.call('people.resendInvitations', 'mutation', { status: 'active' });
    expect(status).toBe(400);
    expect(body.error.data.issues[0].path).toEqual(['status']);
  });

  it('changes roles, keeps an organizer from dropping their own, and logs it', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const { items } = await organizer.client.people.list.query({ search: 'instructor@' });
    const instructor = items[0]!;
    const updated = await organizer.client.people.setRoles.mutate({ userId: instructor.id, roles: ['instructor', 'learner'] });
    expect(updated.roles).toEqual(['instructor', 'learner']);
    const me = await organizer.client.auth.me.query();
    const own = await organizer.call('people.setRoles', 'mutation', { userId: me.id, roles: ['learner'] });
    expect(own.status).toBe(409);
    const log = await organizer.client.audit.list.query({ event: 'people.roles_changed' });
    expect(log.items[0]).toMatchObject({
      actorUserId: me.id,
      actorName: 'Ольга Организатор',
      subjectUserId: instructor.id,
      subjectName: instructor.name,
      details: { to: 'instructor,learner' },
    });
  });

  it('deactivates a person: signed out, unable to sign in, still listed with their history', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    await organizer.client.people.invite.mutate({ email: 'leaving@example.org', name: 'Уходящий' });
    const token = linkIn((await api().lastMailTo('leaving@example.org'))!.body);
    const leaving = api().agent();
    await leaving.client.auth.acceptInvitation.mutate({ token, password: 'до-свидания-2026' });
    const { items } = await organizer.client.people.list.query({ search: 'leaving@' });
    await organizer.client.people.deactivate.mutate({ userId: items[0]!.id });
    expect((await leaving.call('auth.me', 'query')).status).toBe(401);
    expect((await api().agent().call('auth.signIn', 'mutation', { email: 'leaving@example.org', password: 'до-свидания-2026' })).status).toBe(401);
    expect((await organizer.client.people.list.query({ search: 'leaving@' })).items).toEqual([]);
    const all = await organizer.client.people.list.query({ search: 'leaving@', includeDeactivated: true });
    expect(all.items[0]).toMatchObject({ status: 'deactivated', deactivatedAt: expect.any(String) });
  });

  it('records sign-ins and failures in the audit log that only organizers read', async () => {
    await api().agent().call('auth.signIn', 'mutation', { email: 'learner@example.org', password: 'wrong-password' });
    const organizer = await api().signedIn('organizer@example.org');
    const failed = await organizer.client.audit.list.query({ event: 'auth.sign_in_failed' });
    expect(failed.items[0]).toMatchObject({ details: { email: 'learner@example.org' }, ip: expect.any(String) });
    const learner = await api().signedIn('learner@example.org');
    expect((await learner.call('audit.list', 'query', {})).status).toBe(403);
  });
});
