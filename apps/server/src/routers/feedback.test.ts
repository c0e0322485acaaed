import { describeEachDialect } from '@gorod/db/testing';
import { expect, it } from 'vitest';
import type { Agent } from '../testing/agent.js';
import { useTestServer } from '../testing/test-server.js';

// The second morning of the forum: the first day's sessions have started, the second day's evening has not.
const now = new Date('2026-11-28T06:00:00.000Z');

async function attend(person: Agent, organizer: Agent, sessionId: string): Promise<void> {
  await person.client.registrations.register.mutate({ sessionId });
  const code = (await person.client.registrations.mine.query()).find((r) => r.sessionId === sessionId)!.ticketCode!;
  await organizer.client.checkIn.scan.mutate({ code });
}

describeEachDialect('feedback on sessions', (dialect) => {
  const api = useTestServer(dialect, { now: () => now });

  it('takes one rating per attendee, editable, and shows organizers the distribution and comments without names', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    const instructor = await api().signedIn('instructor@example.org');
    await attend(learner, organizer, 'd1-hall-b-3');
    await attend(instructor, organizer, 'd1-hall-b-3');
    await learner.client.feedback.submit.mutate({ sessionId: 'd1-hall-b-3', rating: 2, comment: 'Мало времени на вопросы' });
    await learner.client.feedback.submit.mutate({ sessionId: 'd1-hall-b-3', rating: 4, comment: 'После перерыва стало лучше' });
    await instructor.client.feedback.submit.mutate({ sessionId: 'd1-hall-b-3', rating: 5 });
    const summary = await organizer.client.feedback.summary.query({ sessionId: 'd1-hall-b-3' });
    expect(summary).toEqual({ sessionId: 'd1-hall-b-3', count: 2, distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 }, comments: ['После перерыва стало лучше'] });
    expect(JSON.stringify(summary)).not.toContain('Лариса');
  });

  it('refuses feedback from someone not checked in, and before the session starts', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    await learner.client.registrations.register.mutate({ sessionId: 'd1-hall-c-1' });
    const absent = await learner.call('feedback.submit', 'mutation', { sessionId: 'd1-hall-c-1', rating: 3 });
    expect(absent.status).toBe(403);
    await attend(learner, organizer, 'd2-hall-c-5');
    const early = await learner.call('feedback.submit', 'mutation', { sessionId: 'd2-hall-c-5', rating: 3 });
    expect(early.status).toBe(409);
    expect(early.body.error.data.issues[0]).toMatchObject({ path: ['sessionId'], code: 'not_started' });
  });

  it('refuses a rating outside 1–5 naming the field, and keeps the summary from someone who neither organizes nor speaks', async () => {
    const learner = await api().signedIn('learner@example.org');
    const bad = await learner.call('feedback.submit', 'mutation', { sessionId: 'd1-hall-b-3', rating: 6 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.issues[0].path).toEqual(['rating']);
    expect((await learner.call('feedback.summary', 'query', { sessionId: 'd1-hall-b-3' })).status).toBe(403);
  });

  it('shows a session’s summary to its speaker once linked to their account, without names, and to nobody once unlinked', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const learner = await api().signedIn('learner@example.org');
    const instructor = await api().signedIn('instructor@example.org');
    await attend(learner, organizer, 'd1-hall-d-3');
    await learner.client.feedback.submit.mutate({ sessionId: 'd1-hall-d-3', rating: 3, comment: 'Хотелось больше примеров' });
    expect((await instructor.call('feedback.summary', 'query', { sessionId: 'd1-hall-d-3' })).status).toBe(403);

    const { id: userId } = await instructor.client.auth.me.query();
    const speakerId = (await organizer.client.program.sessions.get.query({ id: 'd1-hall-d-3' })).speakers[0]!.id;
    await organizer.client.program.speakers.update.mutate({ id: speakerId, userId });
    expect(await instructor.client.program.speakers.mine.query()).toEqual({ speakerIds: [speakerId] });
    const summary = await instructor.client.feedback.summary.query({ sessionId: 'd1-hall-d-3' });
    expect(summary).toEqual({ sessionId: 'd1-hall-d-3', count: 1, distribution: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 }, comments: ['Хотелось больше примеров'] });
    expect(JSON.stringify(summary)).not.toContain('Лариса');
    // Speaking at one session opens only that session's feedback.
    expect((await instructor.call('feedback.summary', 'query', { sessionId: 'd1-hall-b-3' })).status).toBe(403);

    await organizer.client.program.speakers.update.mutate({ id: speakerId, userId: null });
    expect((await instructor.call('feedback.summary', 'query', { sessionId: 'd1-hall-d-3' })).status).toBe(403);
  });
});
