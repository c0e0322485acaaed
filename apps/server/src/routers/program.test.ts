import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

const editionId = 'cities-of-russia-2026';

describeEachDialect('the program procedures', (dialect) => {
  const api = useTestServer(dialect);

  it('lists the whole demo program to anyone, with seats left for sessions that need registration', async () => {
    const sessions = await api().client.program.sessions.list.query();
    expect(await api().client.program.sessions.list.query({})).toEqual(sessions);
    expect(sessions.length).toBeGreaterThanOrEqual(80);
    const plenary = sessions.find((s) => s.id === 'plenary');
    expect(plenary).toMatchObject({ kind: 'plenary', registration: 'open', seatsLeft: null });
    expect(sessions.find((s) => s.id === 'd1-hall-a-1')?.seatsLeft).toBeGreaterThan(0);
  });

  it('filters by day, room, kind and language, and searches titles and speakers in every language', async () => {
    const { client } = api();
    const secondDay = await client.program.sessions.list.query({ day: '2026-11-28' });
    expect(secondDay.length).toBeGreaterThan(0);
    expect(secondDay.every((s) => s.startsAt >= '2026-11-27T19:00:00.000Z')).toBe(true);
    const hallA = await client.program.sessions.list.query({ roomId: 'hall-a' });
    expect(hallA.every((s) => s.roomId === 'hall-a')).toBe(true);
    const b2b = await client.program.sessions.list.query({ kind: 'b2b' });
    expect(b2b.length).toBeGreaterThan(0);
    expect(b2b.every((s) => s.kind === 'b2b')).toBe(true);
    const chinese = await client.program.sessions.list.query({ language: 'zh' });
    expect(chinese.every((s) => s.languages.includes('zh'))).toBe(true);
    expect((await client.program.sessions.list.query({ query: '大连' })).map((s) => s.id)).toContain('signing-dalian');
    expect((await client.program.sessions.list.query({ query: 'dalian' })).map((s) => s.id)).toContain('signing-dalian');
    expect((await client.program.sessions.list.query({ query: 'ДАЛЯН' })).map((s) => s.id)).toContain('signing-dalian');
  });

  it('shows one session with its room, speakers, tracks and a course placeholder, and 404s an unknown id naming it', async () => {
    const session = await api().client.program.sessions.get.query({ id: 'plenary' });
    expect(session.room.id).toBe('main-hall');
    expect(session.speakers.map((s) => s.id)).toEqual(session.speakerIds);
    expect(session.courseId).toBeNull();
    const missing = await api().rawQuery('program.sessions.get', { id: 'no-such-session' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.data.issues[0].path).toEqual(['id']);
  });

  it('lists rooms, tracks and speakers of the current edition to anyone', async () => {
    const { client } = api();
    expect((await client.program.rooms.list.query()).map((r) => r.id)).toContain('main-hall');
    expect((await client.program.tracks.list.query()).map((t) => t.id)).toContain('tourism');
    expect((await client.program.speakers.list.query()).map((s) => s.id)).toContain('dalian-wang');
  });

  it('lets an organizer build a room, a track, a speaker and a session, and refuses a double-booked room naming roomId', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const room = await organizer.client.program.rooms.create.mutate({ editionId, name: { ru: 'Зал Е', en: 'Hall E' }, floor: 5, capacity: 40 });
    const track = await organizer.client.program.tracks.create.mutate({ editionId, name: { ru: 'Новый трек' } });
    const speaker = await organizer.client.program.speakers.create.mutate({ editionId, name: { ru: 'Анна Новикова' } });
    const session = await organizer.client.program.sessions.create.mutate({
      editionId,
      kind: 'workshop',
      title: { ru: 'Мастерская по малым городам' },
      startsAt: '2026-11-27T20:00:00+05:00',
      endsAt: '2026-11-27T21:00:00+05:00',
      roomId: room.id,
      trackIds: [track.id],
      speakerIds: [speaker.id],
    });
    expect(session).toMatchObject({ status: 'scheduled', version: 1, startsAt: '2026-11-27T15:00:00.000Z' });
    expect((await api().client.program.sessions.list.query({ query: 'новикова' })).map((s) => s.id)).toEqual([session.id]);

    const clash = await organizer.call('program.sessions.create', 'mutation', {
      editionId,
      kind: 'panel',
      title: { ru: 'Накладка' },
      startsAt: '2026-11-27T20:30:00+05:00',
      endsAt: '2026-11-27T21:30:00+05:00',
      roomId: room.id,
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.data).toMatchObject({ code: 'CONFLICT', issues: [{ path: ['roomId'], code: 'room_double_booked' }] });

    const busySpeaker = await organizer.call('program.sessions.create', 'mutation', {
      editionId,
      kind: 'panel',
      title: { ru: 'Спикер занят' },
      startsAt: '2026-11-27T20:30:00+05:00',
      endsAt: '2026-11-27T21:30:00+05:00',
      roomId: 'classroom',
      speakerIds: [speaker.id],
    });
    expect(busySpeaker.body.error.data).toMatchObject({ code: 'CONFLICT', issues: [{ path: ['speakerIds', '0'], code: 'speaker_double_booked' }] });
  });

  it('refuses a session outside the edition’s days and a capacity over the room’s, naming the field', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const base = { editionId, kind: 'panel', title: { ru: 'Вне форума' }, roomId: 'meeting-1' };
    const outside = await organizer.call('program.sessions.create', 'mutation', { ...base, startsAt: '2026-11-29T10:00:00+05:00', endsAt: '2026-11-29T11:00:00+05:00' });
    expect(outside.status).toBe(400);
    expect(outside.body.error.data).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['startsAt'], code: 'outside_edition' }] });
    const tooMany = await organizer.call('program.sessions.create', 'mutation', { ...base, startsAt: '2026-11-28T21:00:00+05:00', endsAt: '2026-11-28T22:00:00+05:00', capacity: 500 });
    expect(tooMany.body.error.data).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['capacity'] }] });
  });

  // Found by `npm run fuzz` (seed 932572): an unknown city id reached the foreign key and answered 500.
  it('refuses a speaker or a session naming a city the directory does not hold, naming the field', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const renamed = await organizer.call('program.speakers.update', 'mutation', { id: 'guest-urbanist', cityId: 'nvp1' });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.data).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['cityId'], code: 'not_found' }] });
    const created = await organizer.call('program.speakers.create', 'mutation', { editionId, name: { ru: 'Гость' }, cityId: 'nvp1' });
    expect(created.body.error.data).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['cityId'], code: 'not_found' }] });
    const joint = await organizer.call('program.sessions.create', 'mutation', {
      editionId,
      kind: 'section',
      title: { ru: 'Совместная секция' },
      roomId: 'meeting-1',
      startsAt: '2026-11-28T21:00:00+05:00',
      endsAt: '2026-11-28T22:00:00+05:00',
      partnerCityId: 'nvp1',
    });
    expect(joint.body.error.data).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['partnerCityId'], code: 'not_found' }] });
  });

  it('raises the version on update and cancel, and tells each registered person by mail in their language', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    const created = await organizer.client.program.sessions.create.mutate({
      editionId,
      kind: 'round_table',
      title: { ru: 'Круглый стол о туризме', en: 'Tourism round table' },
      startsAt: '2026-11-28T20:00:00+05:00',
      endsAt: '2026-11-28T21:00:00+05:00',
      roomId: 'meeting-2',
      capacity: 5,
    });
    await learner.client.registrations.register.mutate({ sessionId: created.id });
    const moved = await organizer.client.program.sessions.update.mutate({ id: created.id, startsAt: '2026-11-28T20:30:00+05:00', endsAt: '2026-11-28T21:30:00+05:00' });
    expect(moved).toMatchObject({ status: 'changed', version: 2, startsAt: '2026-11-28T15:30:00.000Z' });
    const changedMail = await api().lastMailTo('learner@example.org');
    expect(changedMail?.subject).toContain('Круглый стол о туризме');
    const mailsBefore = (await api().lastMailTo('learner@example.org'))?.subject;
    expect(await organizer.client.program.sessions.update.mutate({ id: created.id })).toMatchObject({ version: 2 });
    expect((await api().lastMailTo('learner@example.org'))?.subject).toBe(mailsBefore);
    const cancelled = await organizer.client.program.sessions.cancel.mutate({ id: created.id });
    expect(cancelled).toMatchObject({ status: 'cancelled', version: 3 });
    expect((await api().lastMailTo('learner@example.org'))?.subject).toMatch(/^Отмена/);
    const again = await organizer.call('program.sessions.cancel', 'mutation', { id: created.id });
    expect(again.body.error.data).toMatchObject({ code: 'CONFLICT', issues: [{ path: ['id'], code: 'cancelled' }] });
  });

  it('keeps the program editor to organizers', async () => {
    const learner = await api().signedIn('learner@example.org');
    const attempt = await learner.call('program.rooms.create', 'mutation', { editionId, name: { ru: 'Чужой зал' }, floor: 1, capacity: 10 });
    expect(attempt.status).toBe(403);
    expect((await api().agent().call('program.sessions.cancel', 'mutation', { id: 'plenary' })).status).toBe(401);
  });

  it('links a speaker to one person account, shows organizers the link, and refuses an unknown person or a second speaker for the same person', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    const { id: userId } = await learner.client.auth.me.query();
    const created = await organizer.client.program.speakers.create.mutate({ editionId, name: { ru: 'Лариса на сцене' }, userId });
    expect(created).not.toHaveProperty('userId');
    const accounts = await organizer.client.program.speakers.accounts.query();
    expect(accounts).toContainEqual({ speakerId: created.id, user: { id: userId, name: 'Лариса Слушатель', email: 'learner@example.org' } });
    // The public list says nothing of accounts.
    expect(JSON.stringify(await api().client.program.speakers.list.query())).not.toContain(userId);

    const second = await organizer.call('program.speakers.update', 'mutation', { id: 'guest-urbanist', userId });
    expect(second.status).toBe(409);
    expect(second.body.error.data).toMatchObject({ code: 'CONFLICT', issues: [{ path: ['userId'], code: 'taken' }] });
    const unknown = await organizer.call('program.speakers.create', 'mutation', { editionId, name: { ru: 'Никто' }, userId: 'no-such-person' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.data).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['userId'], code: 'not_found' }] });
    // Relinking the same speaker to the same person is no conflict; unlinking frees the person.
    await organizer.client.program.speakers.update.mutate({ id: created.id, userId });
    await organizer.client.program.speakers.update.mutate({ id: created.id, userId: null });
    await organizer.client.program.speakers.update.mutate({ id: 'guest-urbanist', userId });
    expect(await learner.client.program.speakers.mine.query()).toEqual({ speakerIds: ['guest-urbanist'] });
  });
});
