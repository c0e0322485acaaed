import type { Session } from '@gorod/domain';
import { expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { demoEdition } from '../seed/demo.js';
import { describeEachDialect, useTestDatabase } from '../testing/index.js';
import { cancel, register, registrationsOfSession } from './registrations.js';
import { insertRooms } from './rooms.js';
import { cancelSession, insertSessions } from './sessions.js';

const now = new Date('2026-11-01T10:00:00.000Z');

async function makeUsers(db: Db, prefix: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);
  for (let i = 0; i < ids.length; i += 100) {
    await db
      .insertInto('users')
      .values(
        ids.slice(i, i + 100).map((id) => ({ id, email: `${id}@example.org`, name: id, search_text: id, position: '', locale: 'ru', time_zone: 'Asia/Yekaterinburg', created_at: now.toISOString() })),
      )
      .execute();
  }
  return ids;
}

async function makeSession(db: Db, id: string, seats: number): Promise<string> {
  await insertRooms(db, [{ id: `room-${id}`, editionId: demoEdition.id, name: { ru: `Зал ${id}` }, floor: 1, capacity: seats }]);
  const session: Session = {
    id,
    editionId: demoEdition.id,
    kind: 'workshop',
    title: { ru: `Мастерская ${id}` },
    description: null,
    startsAt: '2026-11-27T05:00:00.000Z',
    endsAt: '2026-11-27T06:00:00.000Z',
    roomId: `room-${id}`,
    trackIds: [],
    speakerIds: [],
    languages: ['ru'],
    interpretation: [],
    capacity: null,
    registration: 'required',
    partnerCityId: null,
    status: 'scheduled',
    version: 1,
  };
  await insertSessions(db, [session]);
  return id;
}

const line = async (db: Db, sessionId: string) => {
  const all = await registrationsOfSession(db, sessionId);
  return {
    confirmed: all.filter((r) => r.status === 'confirmed'),
    waiting: all.filter((r) => r.status === 'waitlisted'),
  };
};

describeEachDialect('registrations', (dialect) => {
  const database = useTestDatabase(dialect);

  it('confirms while seats last, then waitlists in the order people arrive', async () => {
    const { db } = database();
    const sessionId = await makeSession(db, 'order-test', 2);
    const users = await makeUsers(db, 'order', 4);
    const outcomes = [];
    for (const user of users) outcomes.push(await register(db, sessionId, user, now));
    expect(outcomes).toEqual([{ status: 'confirmed' }, { status: 'confirmed' }, { status: 'waitlisted', position: 1 }, { status: 'waitlisted', position: 2 }]);
    expect((await line(db, sessionId)).waiting.map((r) => r.userId)).toEqual([users[2], users[3]]);
  });

  it('treats registering twice as one registration, and promotes the first in line when a seat frees', async () => {
    const { db } = database();
    const sessionId = await makeSession(db, 'promote-test', 1);
    const [first, second, third] = await makeUsers(db, 'promote', 3);
    expect(await register(db, sessionId, first!, now)).toEqual({ status: 'confirmed' });
    expect(await register(db, sessionId, second!, now)).toEqual({ status: 'waitlisted', position: 1 });
    expect(await register(db, sessionId, third!, now)).toEqual({ status: 'waitlisted', position: 2 });
    expect(await register(db, sessionId, third!, now)).toEqual({ status: 'waitlisted', position: 2 });
    expect(await registrationsOfSession(db, sessionId)).toHaveLength(3);

    expect(await cancel(db, sessionId, first!, now)).toEqual({ cancelled: true, promoted: [second] });
    expect(await cancel(db, sessionId, first!, now)).toEqual({ cancelled: false, promoted: [] });
    const after = await line(db, sessionId);
    expect(after.confirmed.map((r) => r.userId)).toEqual([second]);
    expect(after.waiting.map((r) => [r.userId, r.position])).toEqual([[third, 1]]);
  });

  it('gives a seat freed by a larger room to the first in line, never to a newcomer', async () => {
    const { db } = database();
    const sessionId = await makeSession(db, 'grow-test', 1);
    const [seated, waiting, newcomer] = await makeUsers(db, 'grow', 3);
    await register(db, sessionId, seated!, now);
    expect(await register(db, sessionId, waiting!, now)).toEqual({ status: 'waitlisted', position: 1 });
    await db.updateTable('rooms').set({ capacity: 2 }).where('id', '=', `room-${sessionId}`).execute();
    expect(await register(db, sessionId, newcomer!, now)).toEqual({ status: 'waitlisted', position: 1 });
    expect((await line(db, sessionId)).confirmed.map((r) => r.userId)).toEqual([seated, waiting]);
  });

  it('refuses registration for a cancelled session but still lets people cancel theirs', async () => {
    const { db } = database();
    const sessionId = await makeSession(db, 'cancelled-test', 5);
    const [before, after] = await makeUsers(db, 'cancelled', 2);
    await register(db, sessionId, before!, now);
    await cancelSession(db, sessionId);
    await expect(register(db, sessionId, after!, now)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await cancel(db, sessionId, before!, now)).toEqual({ cancelled: true, promoted: [] });
  });

  it('refuses a session that does not exist', async () => {
    const { db } = database();
    const [user] = await makeUsers(db, 'missing', 1);
    await expect(register(db, 'no-such-session', user!, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('seats exactly 50 of 200 simultaneous registrations and queues the other 150 in arrival order', async () => {
    const { db } = database();
    const sessionId = await makeSession(db, 'rush-test', 50);
    const users = await makeUsers(db, 'rush', 200);
    const outcomes = await Promise.all(users.map((user) => register(db, sessionId, user, now)));
    expect(outcomes.filter((o) => o.status === 'confirmed')).toHaveLength(50);
    const positions = outcomes.flatMap((o) => (o.status === 'waitlisted' ? [o.position] : []));
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));

    const { confirmed, waiting } = await line(db, sessionId);
    expect(confirmed).toHaveLength(50);
    expect(waiting.map((r) => r.position)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    // Arrival order: everyone seated arrived before everyone waiting, and each answer matches the stored place.
    const arrival = new Map((await db.selectFrom('registrations').select(['user_id', 'arrival_seq']).where('session_id', '=', sessionId).execute()).map((r) => [r.user_id, Number(r.arrival_seq)]));
    const lastSeated = Math.max(...confirmed.map((r) => arrival.get(r.userId)!));
    expect(waiting.every((r) => arrival.get(r.userId)! > lastSeated)).toBe(true);
    const answered = new Map(users.map((u, i) => [u, outcomes[i]]));
    for (const r of waiting) expect(answered.get(r.userId)).toEqual({ status: 'waitlisted', position: r.position });
  });

  it('never overfills when cancellations race with registrations, and keeps the line unbroken', async () => {
    const { db } = database();
    const sessionId = await makeSession(db, 'race-test', 50);
    const early = await makeUsers(db, 'early', 80);
    for (const user of early) await register(db, sessionId, user, now);
    const late = await makeUsers(db, 'late', 100);
    const leaving = [...early.slice(0, 30), ...early.slice(60, 70)];
    await Promise.all([
      ...late.map((user) => register(db, sessionId, user, now)),
      ...leaving.map((user) => cancel(db, sessionId, user, now)),
      // People already registered register again in the rush: still one registration each.
      ...early.slice(70, 80).map((user) => register(db, sessionId, user, now)),
    ]);
    const { confirmed, waiting } = await line(db, sessionId);
    const active = 80 + 100 - leaving.length;
    expect(confirmed).toHaveLength(50);
    expect(waiting).toHaveLength(active - 50);
    expect(waiting.map((r) => r.position)).toEqual(Array.from({ length: active - 50 }, (_, i) => i + 1));
    expect(new Set([...confirmed, ...waiting].map((r) => r.userId)).size).toBe(active);
  });
});
