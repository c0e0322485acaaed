import { expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { describeEachDialect, useTestDatabase } from '../testing/index.js';
import { agendaSessionIds, star, unstar } from './agenda.js';
import { attended, scanTicket } from './check-ins.js';
import { feedbackDistribution, feedbackOf, submitFeedback } from './feedback.js';
import { feedOwner, resetFeed, revokeFeed } from './feeds.js';
import { cancel, register, ticketCode } from './registrations.js';

const now = new Date('2026-11-27T06:00:00.000Z');

async function makeUser(db: Db, id: string): Promise<string> {
  await db
    .insertInto('users')
    .values({ id, email: `${id}@example.org`, name: id, search_text: id, position: '', locale: 'ru', time_zone: 'Asia/Yekaterinburg', created_at: now.toISOString() })
    .execute();
  return id;
}

describeEachDialect('agenda, check-in, feedback and feeds', (dialect) => {
  const database = useTestDatabase(dialect);

  it('keeps starred and registered sessions in the agenda once each, and drops unstarred and cancelled ones', async () => {
    const { db } = database();
    const user = await makeUser(db, 'agenda-user');
    await star(db, user, 'd1-hall-a-1', now);
    await star(db, user, 'd1-hall-a-1', now);
    await star(db, user, 'd1-hall-b-2', now);
    await register(db, 'd1-hall-a-1', user, now);
    await register(db, 'd1-class-1', user, now);
    expect(await agendaSessionIds(db, user)).toEqual(['d1-class-1', 'd1-hall-a-1', 'd1-hall-b-2']);
    await unstar(db, user, 'd1-hall-b-2');
    await cancel(db, 'd1-class-1', user, now);
    expect(await agendaSessionIds(db, user)).toEqual(['d1-hall-a-1']);
  });

  it('checks a confirmed ticket in once, and says why any other scan is refused', async () => {
    const { db } = database();
    const user = await makeUser(db, 'door-user');
    await register(db, 'd1-hall-c-1', user, now);
    const code = (await ticketCode(db, 'd1-hall-c-1', user))!;
    expect(code.length).toBeGreaterThanOrEqual(16);
    expect(await scanTicket(db, code, 'd1-hall-b-1', null, now)).toEqual({ outcome: 'other_session', sessionId: 'd1-hall-c-1', userId: user });
    expect(await attended(db, 'd1-hall-c-1', user)).toBe(false);
    expect(await scanTicket(db, code, 'd1-hall-c-1', null, now)).toEqual({ outcome: 'checked_in', sessionId: 'd1-hall-c-1', userId: user });
    const later = new Date(now.getTime() + 60_000);
    expect(await scanTicket(db, code, 'd1-hall-c-1', null, later)).toEqual({ outcome: 'already_checked_in', sessionId: 'd1-hall-c-1', userId: user, checkedInAt: now.toISOString() });
    expect(await attended(db, 'd1-hall-c-1', user)).toBe(true);
    expect(await scanTicket(db, 'no-such-code-0000000', 'd1-hall-c-1', null, now)).toEqual({ outcome: 'unknown_code' });
    await cancel(db, 'd1-hall-c-1', user, now);
    expect(await scanTicket(db, code, 'd1-hall-c-1', null, now)).toMatchObject({ outcome: 'not_confirmed', status: 'cancelled' });
    expect(await ticketCode(db, 'd1-hall-c-1', user)).toBeUndefined();
  });

  it('keeps one editable rating per person and shows the distribution without names', async () => {
    const { db } = database();
    const [a, b] = [await makeUser(db, 'rater-a'), await makeUser(db, 'rater-b')];
    await submitFeedback(db, { sessionId: 'plenary', userId: a, rating: 2, comment: null }, now);
    await submitFeedback(db, { sessionId: 'plenary', userId: a, rating: 5, comment: 'Понравилось\nочень' }, now);
    await submitFeedback(db, { sessionId: 'plenary', userId: b, rating: 4, comment: null }, now);
    expect(await feedbackOf(db, 'plenary', a)).toMatchObject({ rating: 5, comment: 'Понравилось\nочень' });
    expect(await feedbackDistribution(db, 'plenary')).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 });
  });

  it('opens a personal feed only with its current secret, which a reset or revocation retires', async () => {
    const { db } = database();
    const user = await makeUser(db, 'feed-user');
    const first = await resetFeed(db, user, now);
    expect(await feedOwner(db, first)).toBe(user);
    const second = await resetFeed(db, user, now);
    expect(second).not.toBe(first);
    expect(await feedOwner(db, first)).toBeUndefined();
    expect(await feedOwner(db, second)).toBe(user);
    await revokeFeed(db, user);
    expect(await feedOwner(db, second)).toBeUndefined();
  });
});
