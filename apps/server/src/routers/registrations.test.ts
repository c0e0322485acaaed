import { insertApiToken, insertUser } from '@gorod/db';
import { describeEachDialect } from '@gorod/db/testing';
import { v7 as uuidv7 } from 'uuid';
import { expect, it } from 'vitest';
import { API_TOKEN_PREFIX } from '../auth/actor.js';
import { newSecret, sha256 } from '../auth/secrets.js';
import type { Agent } from '../testing/agent.js';
import { expectNoServerError } from '../testing/race.js';
import { type TestServer, useTestServer } from '../testing/test-server.js';

const editionId = 'cities-of-russia-2026';

/**
 * `count` new people, each calling through an API token of their own that may register: written straight
 * to the tables, because hashing 200 passwords to sign them in would be the slowest part of the test.
 */
async function crowd(api: TestServer, label: string, count: number): Promise<{ agent: Agent; email: string; userId: string }[]> {
  const people = [];
  for (let i = 0; i < count; i++) {
    const id = uuidv7();
    const email = `${label}-${i}@example.org`;
    const createdAt = new Date().toISOString();
    await insertUser(api.server.db, { id, email, name: `Участник ${i}`, cityId: null, position: '', locale: 'en', timeZone: 'Asia/Yekaterinburg', roles: ['learner'], passwordHash: null, createdAt });
    const tokenId = uuidv7();
    const secret = newSecret();
    await insertApiToken(api.server.db, { id: tokenId, userId: id, name: 'race', scopes: ['enrollments:write', 'program:read'], secretHash: sha256(secret), createdAt });
    people.push({ agent: api.agent(`${API_TOKEN_PREFIX}${tokenId}.${secret}`), email, userId: id });
  }
  return people;
}

async function newSession(organizer: Agent, capacity: number, label: string): Promise<string> {
  const room = await organizer.client.program.rooms.create.mutate({ editionId, name: { ru: `Зал ${label}` }, floor: 7, capacity });
  const session = await organizer.client.program.sessions.create.mutate({
    editionId,
    kind: 'workshop',
    title: { ru: `Мастерская ${label}`, en: `Workshop ${label}` },
    startsAt: '2026-11-28T20:00:00+05:00',
    endsAt: '2026-11-28T21:00:00+05:00',
    roomId: room.id,
  });
  return session.id;
}

describeEachDialect('registrations', (dialect) => {
  const api = useTestServer(dialect);

  it('seats exactly 50 of 200 people registering at once and lines up the other 150 in arrival order', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const sessionId = await newSession(organizer, 50, 'rush');
    const people = await crowd(api(), `rush-${dialect}`, 200);
    const answers = await Promise.all(people.map(({ agent }) => agent.call('registrations.register', 'mutation', { sessionId })));
    expectNoServerError(answers);
    const outcomes = answers.map((a) => a.body.result.data);
    expect(outcomes.filter((o) => o.status === 'confirmed')).toHaveLength(50);
    const positions = outcomes.filter((o) => o.status === 'waitlisted').map((o) => o.position);
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    // The line as stored, in arrival order, is what the answers said: each person's place is the one they were told.
    const line = (await organizer.client.registrations.ofSession.query({ sessionId })).filter((r) => r.status === 'waitlisted');
    expect(line.map((r) => r.position)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    const told = new Map(people.map((p, i) => [p.userId, outcomes[i].position]));
    expect(line.map((r) => told.get(r.userId))).toEqual(line.map((r) => r.position));
    const confirmed = (await organizer.client.registrations.ofSession.query({ sessionId })).filter((r) => r.status === 'confirmed');
    expect(confirmed).toHaveLength(50);
    expect((await api().client.program.sessions.get.query({ id: sessionId })).seatsLeft).toBe(0);
  });

  it('keeps one registration for someone who registers twice at once', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const sessionId = await newSession(organizer, 5, 'twice');
    const [person] = await crowd(api(), `twice-${dialect}`, 1);
    const answers = await Promise.all(Array.from({ length: 6 }, () => person!.agent.call('registrations.register', 'mutation', { sessionId })));
    expectNoServerError(answers);
    expect(answers.map((a) => a.body.result.data)).toEqual(Array.from({ length: 6 }, () => ({ status: 'confirmed' })));
    expect(await organizer.client.registrations.ofSession.query({ sessionId })).toHaveLength(1);
  });

  it('never seats more than the room when cancellations race registrations, and promotes the line in order', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const sessionId = await newSession(organizer, 10, 'churn');
    const holders = await crowd(api(), `holders-${dialect}`, 10);
    for (const { agent } of holders) await agent.client.registrations.register.mutate({ sessionId });
    const newcomers = await crowd(api(), `newcomers-${dialect}`, 30);
    const answers = await Promise.all([
      ...holders.map(({ agent }) => agent.call('registrations.cancel', 'mutation', { sessionId })),
      ...newcomers.map(({ agent }) => agent.call('registrations.register', 'mutation', { sessionId })),
    ]);
    expectNoServerError(answers);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const registrations = await organizer.client.registrations.ofSession.query({ sessionId });
    expect(registrations.filter((r) => r.status === 'confirmed')).toHaveLength(10);
    expect(registrations.filter((r) => r.status === 'waitlisted')).toHaveLength(20);
    expect(registrations.filter((r) => r.status === 'cancelled')).toHaveLength(10);
  });

  it('gives the freed seat to the first person waiting and tells them by mail in their language', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const sessionId = await newSession(organizer, 1, 'promotion');
    const [first, second, third] = await crowd(api(), `line-${dialect}`, 3);
    expect(await first!.agent.client.registrations.register.mutate({ sessionId })).toEqual({ status: 'confirmed' });
    expect(await second!.agent.client.registrations.register.mutate({ sessionId })).toEqual({ status: 'waitlisted', position: 1 });
    expect(await third!.agent.client.registrations.register.mutate({ sessionId })).toEqual({ status: 'waitlisted', position: 2 });
    expect(await first!.agent.client.registrations.cancel.mutate({ sessionId })).toEqual({ cancelled: true });
    const mine = await second!.agent.client.registrations.mine.query();
    expect(mine.find((r) => r.sessionId === sessionId)).toMatchObject({ status: 'confirmed', ticketCode: expect.stringMatching(/^[\w-]{16,}$/) });
    const mail = await api().lastMailTo(second!.email);
    expect(mail?.subject).toBe('You have a seat: Workshop promotion');
    expect(mail?.body).toContain(`/program/sessions/${sessionId}`);
    expect(await api().lastMailTo(third!.email)).toBeUndefined();
    const thirds = await third!.agent.client.registrations.mine.query();
    expect(thirds.find((r) => r.sessionId === sessionId)).toMatchObject({ status: 'waitlisted', position: 1, ticketCode: null });
  });

  it('answers NOT_FOUND naming sessionId for cancelling without a registration or registering for no session', async () => {
    const learner = await api().signedIn('learner@example.org');
    const none = await learner.call('registrations.cancel', 'mutation', { sessionId: 'd2-hall-c-2' });
    expect(none.status).toBe(404);
    expect(none.body.error.data.issues[0]).toMatchObject({ path: ['sessionId'], code: 'not_found' });
    const missing = await learner.call('registrations.register', 'mutation', { sessionId: 'no-such-session' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.data.issues[0]).toMatchObject({ path: ['sessionId'], code: 'not_found' });
  });

  it('refuses registering for a cancelled session with CONFLICT', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const sessionId = await newSession(organizer, 5, 'cancelled');
    await organizer.client.program.sessions.cancel.mutate({ id: sessionId });
    const learner = await api().signedIn('learner@example.org');
    const answer = await learner.call('registrations.register', 'mutation', { sessionId });
    expect(answer.status).toBe(409);
    expect(answer.body.error.data.issues[0]).toMatchObject({ path: ['sessionId'], code: 'cancelled' });
  });
});
