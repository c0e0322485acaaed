import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

describeEachDialect('sign-in sessions', (dialect) => {
  const api = useTestServer(dialect);

  it('lists a person’s own browsers, the current one marked, and none of anyone else’s', async () => {
    const laptop = await api().signedIn('instructor@example.org');
    const phone = await api().signedIn('instructor@example.org');
    await api().signedIn('learner@example.org');
    const sessions = await laptop.client.auth.sessions.query();
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    const phoneSession = (await phone.client.auth.sessions.query()).find((session) => session.current)!;
    expect(sessions.map((session) => session.id)).toContain(phoneSession.id);
    expect(JSON.stringify(sessions)).not.toContain(phone.cookies.get('gorod_session'));
  });

  it('ends another browser of one’s own, which is then signed out, and audits who did it from where', async () => {
    const laptop = await api().signedIn('learner@example.org');
    const phone = await api().signedIn('learner@example.org');
    const phoneSession = (await phone.client.auth.sessions.query()).find((session) => session.current)!;
    expect(await laptop.client.auth.endSession.mutate({ sessionId: phoneSession.id })).toEqual({ ok: true });
    expect((await phone.call('auth.me', 'query')).status).toBe(401);
    expect((await laptop.client.auth.me.query()).email).toBe('learner@example.org');

    const organizer = await api().signedIn('organizer@example.org');
    const { items } = await organizer.client.audit.list.query({ event: 'auth.session_ended', limit: 5 });
    const me = await laptop.client.auth.me.query();
    expect(items[0]).toMatchObject({ actorUserId: me.id, subjectUserId: me.id, ip: expect.stringMatching(/127\.0\.0\.1|::1/) });
  });

  it('answers NOT_FOUND at sessionId for someone else’s session, exactly as for one that never existed', async () => {
    const learner = await api().signedIn('learner@example.org');
    const other = await api().signedIn('instructor@example.org');
    const theirs = (await other.client.auth.sessions.query()).find((session) => session.current)!;
    const foreign = await learner.call('auth.endSession', 'mutation', { sessionId: theirs.id });
    const missing = await learner.call('auth.endSession', 'mutation', { sessionId: 'no-such-session' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.data).toEqual(missing.body.error.data);
    expect(foreign.body.error.data.issues[0].path).toEqual(['sessionId']);
    expect((await other.client.auth.me.query()).email).toBe('instructor@example.org');
  });
});
