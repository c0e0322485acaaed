import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import type { Agent } from '../testing/agent.js';
import { useTestServer } from '../testing/test-server.js';

async function ticketFor(person: Agent, sessionId: string): Promise<string> {
  await person.client.registrations.register.mutate({ sessionId });
  const mine = await person.client.registrations.mine.query();
  return mine.find((r) => r.sessionId === sessionId)!.ticketCode!;
}

describeEachDialect('check-in at the door', (dialect) => {
  const api = useTestServer(dialect);

  it('admits a confirmed ticket once and says when it was first scanned on a second scan', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    const code = await ticketFor(learner, 'd1-hall-c-3');
    const first = await organizer.client.checkIn.scan.mutate({ code, sessionId: 'd1-hall-c-3' });
    expect(first).toMatchObject({ admitted: true, outcome: 'checked_in', sessionId: 'd1-hall-c-3', person: { name: 'Лариса Слушатель' } });
    const second = await organizer.client.checkIn.scan.mutate({ code });
    expect(second).toMatchObject({ admitted: false, outcome: 'already_checked_in', checkedInAt: first.checkedInAt });
  });

  it('tells the person in registrations.mine when each registration was checked in, and null before', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    const code = await ticketFor(learner, 'd2-hall-c-3');
    const checkedInAt = async () => (await learner.client.registrations.mine.query()).find((r) => r.sessionId === 'd2-hall-c-3')?.checkedInAt;
    expect(await checkedInAt()).toBeNull();
    const scan = await organizer.client.checkIn.scan.mutate({ code });
    expect(scan.admitted).toBe(true);
    expect(await checkedInAt()).toBe(scan.checkedInAt);
  });

  it('refuses a ticket for another session, naming the session it is for', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    const code = await ticketFor(learner, 'd1-hall-c-4');
    expect(await organizer.client.checkIn.scan.mutate({ code, sessionId: 'd1-hall-d-4' })).toMatchObject({ admitted: false, outcome: 'other_session', sessionId: 'd1-hall-c-4' });
  });

  it('refuses a cancelled registration and a waitlisted one, and answers NOT_FOUND naming code for an unknown ticket', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    const code = await ticketFor(learner, 'd2-hall-d-5');
    await learner.client.registrations.cancel.mutate({ sessionId: 'd2-hall-d-5' });
    expect(await organizer.client.checkIn.scan.mutate({ code })).toMatchObject({ admitted: false, outcome: 'cancelled' });

    const room = await organizer.client.program.rooms.create.mutate({ editionId: 'cities-of-russia-2026', name: { ru: 'Каморка' }, floor: 9, capacity: 1 });
    const session = await organizer.client.program.sessions.create.mutate({
      editionId: 'cities-of-russia-2026',
      kind: 'workshop',
      title: { ru: 'Одно место' },
      startsAt: '2026-11-28T20:00:00+05:00',
      endsAt: '2026-11-28T21:00:00+05:00',
      roomId: room.id,
    });
    await organizer.client.registrations.register.mutate({ sessionId: session.id });
    expect(await learner.client.registrations.register.mutate({ sessionId: session.id })).toEqual({ status: 'waitlisted', position: 1 });
    // A waiting person is shown no ticket; a code scanned anyway (read from the table here) is refused as waiting.
    expect((await learner.client.registrations.mine.query()).find((r) => r.sessionId === session.id)?.ticketCode).toBeNull();
    const me = await learner.client.auth.me.query();
    const waiting = await api().server.db.selectFrom('registrations').select('ticket_code').where('session_id', '=', session.id).where('user_id', '=', me.id).executeTakeFirstOrThrow();
    expect(await organizer.client.checkIn.scan.mutate({ code: waiting.ticket_code })).toMatchObject({ admitted: false, outcome: 'waitlisted' });

    const unknown = await organizer.call('checkIn.scan', 'mutation', { code: 'x'.repeat(24) });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.data.issues[0]).toMatchObject({ path: ['code'], code: 'not_found' });
  });

  it('lets only organizers scan tickets', async () => {
    const learner = await api().signedIn('learner@example.org');
    const code = await ticketFor(learner, 'd2-hall-a-3');
    expect((await learner.call('checkIn.scan', 'mutation', { code })).status).toBe(403);
  });
});
