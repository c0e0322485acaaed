import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

describeEachDialect('the personal agenda', (dialect) => {
  const api = useTestServer(dialect);

  it('holds the sessions a person registered for or starred, each once, and flags the ones at the same time', async () => {
    const person = await api().signedIn('instructor@example.org');
    // Two halls in the same slot overlap; the next slot in the first hall does not.
    await person.client.registrations.register.mutate({ sessionId: 'd1-hall-a-1' });
    await person.client.agenda.star.mutate({ sessionId: 'd1-hall-b-1' });
    await person.client.agenda.star.mutate({ sessionId: 'd1-hall-a-1' });
    await person.client.agenda.star.mutate({ sessionId: 'd1-hall-a-2' });
    const agenda = await person.client.agenda.mine.query();
    expect(agenda.sessions.map((s) => s.id)).toEqual(['d1-hall-a-1', 'd1-hall-b-1', 'd1-hall-a-2']);
    expect(agenda.sessions[0]).toMatchObject({ starred: true, myRegistration: { status: 'confirmed', position: null } });
    expect(agenda.sessions[1]).toMatchObject({ starred: true, myRegistration: null });
    expect(agenda.overlaps).toEqual([{ ids: ['d1-hall-a-1', 'd1-hall-b-1'] }]);

    await person.client.agenda.unstar.mutate({ sessionId: 'd1-hall-b-1' });
    await person.client.agenda.unstar.mutate({ sessionId: 'd1-hall-a-2' });
    const after = await person.client.agenda.mine.query();
    expect(after.sessions.map((s) => s.id)).toEqual(['d1-hall-a-1']);
    expect(after.overlaps).toEqual([]);
  });

  it('lets an API token with program:read read its owner’s agenda and registrations, and not register without enrollments:write', async () => {
    const learner = await api().signedIn('learner@example.org');
    await learner.client.registrations.register.mutate({ sessionId: 'd2-hall-a-1' });
    const { secret } = await learner.client.tokens.create.mutate({ name: 'City portal', scopes: ['program:read'] });
    const portal = api().agent(secret);
    expect((await portal.client.agenda.mine.query()).sessions.map((s) => s.id)).toContain('d2-hall-a-1');
    expect((await portal.client.registrations.mine.query()).map((r) => r.sessionId)).toContain('d2-hall-a-1');
    expect((await portal.call('registrations.register', 'mutation', { sessionId: 'd2-hall-a-2' })).status).toBe(403);
    expect((await portal.call('agenda.feed', 'mutation')).status).toBe(403);
  });

  it('answers NOT_FOUND naming sessionId for starring a session that does not exist', async () => {
    const learner = await api().signedIn('learner@example.org');
    const answer = await learner.call('agenda.star', 'mutation', { sessionId: 'no-such-session' });
    expect(answer.status).toBe(404);
    expect(answer.body.error.data.issues[0]).toMatchObject({ path: ['sessionId'], code: 'not_found' });
  });
});
