import { gunzipSync } from 'node:zlib';
import { readProgram } from '@gorod/db';
import { describeEachDialect } from '@gorod/db/testing';
import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

const editionId = 'cities-of-russia-2026';

/** Every event of a feed as a real iCalendar parser reads it, times in UTC. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      utc: event.startDate.zone?.tzid === 'UTC' && event.endDate.zone?.tzid === 'UTC',
      status: vevent.getFirstPropertyValue('status'),
    };
  });
}

describeEachDialect('the program over HTTP: calendars and the public JSON', (dialect) => {
  const api = useTestServer(dialect);

  it('writes the program calendar in the language ?lang names, and in Russian for any other', async () => {
    const { sessions } = await readProgram(api().server.db, editionId);
    const session = sessions.find((s) => s.title.en);
    if (!session) throw new Error('The demo program has no session with an English title');
    const summaryIn = async (query: string) => {
      const text = await (await fetch(`${api().url}/calendar/program.ics${query}`)).text();
      const vevent = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === `${session.id}@gorod`);
      return String(vevent?.getFirstPropertyValue('summary'));
    };
    expect(await summaryIn('?lang=en')).toContain(session.title.en);
    expect(await summaryIn('?lang=xx')).toContain(session.title.ru);
    expect(await summaryIn('')).toContain(session.title.ru);
  });

  it('serves the whole program as iCalendar whose times equal the database’s, in UTC, with stable UIDs', async () => {
    const response = await fetch(`${api().url}/calendar/program.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const parsed = events(await response.text());
    const { sessions } = await readProgram(api().server.db, editionId);
    expect(parsed).toHaveLength(sessions.length);
    for (const session of sessions) {
      expect(parsed.find((e) => e.uid === `${session.id}@gorod`)).toMatchObject({ start: session.startsAt, end: session.endsAt, utc: true, sequence: session.version });
    }
  });

  it('answers 304 to a client holding the current version, and new bytes with a new ETag once the program changes', async () => {
    const first = await fetch(`${api().url}/api/public/program.json`, { headers: { 'accept-encoding': 'identity' } });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w.-]+"$/);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const document = (await first.json()) as { sessions: unknown[]; edition: { id: string } };
    expect(document.sessions.length).toBeGreaterThanOrEqual(80);
    expect(document.edition.id).toBe(editionId);
    const again = await fetch(`${api().url}/api/public/program.json`, { headers: { 'if-none-match': etag, 'accept-encoding': 'identity' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const organizer = await api().signedIn('organizer@example.org');
    await organizer.client.program.tracks.update.mutate({ id: 'tourism', name: { ru: 'Туризм и гостеприимство' } });
    const changed = await fetch(`${api().url}/api/public/program.json`, { headers: { 'if-none-match': etag, 'accept-encoding': 'identity' } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const tracks = ((await changed.json()) as { tracks: { id: string; name: { ru: string } }[] }).tracks;
    expect(tracks.find((t) => t.id === 'tourism')?.name.ru).toBe('Туризм и гостеприимство');
  });

  it('sends gzip to a client that takes it, the same document as plain', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      request(`${api().url}/api/public/program.json`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(body.encoding).toBe('gzip');
    const plain = await (await fetch(`${api().url}/api/public/program.json`, { headers: { 'accept-encoding': 'identity' } })).text();
    expect(gunzipSync(body.bytes).toString('utf8')).toBe(plain);
  });

  it('serves one session’s calendar, and turns it CANCELLED with a higher SEQUENCE when the session is cancelled', async () => {
    const organizer = await api().signedIn('organizer@example.org');
    const room = await organizer.client.program.rooms.create.mutate({ editionId, name: { ru: 'Зал календаря' }, floor: 8, capacity: 20 });
    const session = await organizer.client.program.sessions.create.mutate({
      editionId,
      kind: 'section',
      title: { ru: 'Секция для календаря' },
      startsAt: '2026-11-28T18:00:00+05:00',
      endsAt: '2026-11-28T19:30:00+05:00',
      roomId: room.id,
    });
    const before = events(await (await fetch(`${api().url}/calendar/sessions/${session.id}.ics`)).text());
    expect(before).toEqual([{ uid: `${session.id}@gorod`, sequence: 1, start: '2026-11-28T13:00:00.000Z', end: '2026-11-28T14:30:00.000Z', utc: true, status: 'CONFIRMED' }]);
    await organizer.client.program.sessions.cancel.mutate({ id: session.id });
    const after = events(await (await fetch(`${api().url}/calendar/sessions/${session.id}.ics`)).text());
    expect(after[0]).toMatchObject({ uid: `${session.id}@gorod`, status: 'CANCELLED' });
    expect(after[0]!.sequence).toBeGreaterThan(before[0]!.sequence);
    const whole = events(await (await fetch(`${api().url}/calendar/program.ics`)).text());
    expect(whole.find((e) => e.uid === `${session.id}@gorod`)).toMatchObject({ status: 'CANCELLED', sequence: after[0]!.sequence });
    expect((await fetch(`${api().url}/calendar/sessions/no-such-session.ics`)).status).toBe(404);
  });

  it('serves a person’s agenda at a secret URL on the public address, never cached, until the secret is reset', async () => {
    const learner = await api().signedIn('learner@example.org');
    await learner.client.agenda.star.mutate({ sessionId: 'd2-hall-c-2' });
    await learner.client.registrations.register.mutate({ sessionId: 'd1-hall-b-2' });
    const feed = await learner.client.agenda.feed.mutate();
    expect(feed.url.startsWith(`${api().url}/calendar/feeds/`)).toBe(true);
    expect(feed.webcalUrl).toBe(feed.url.replace(/^http:\/\//, 'webcal://'));
    expect(await learner.client.agenda.feed.mutate()).toEqual(feed);

    const response = await fetch(feed.url, { headers: { host: 'evil.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const parsed = events(await response.text());
    const { sessions } = await readProgram(api().server.db, editionId);
    for (const id of ['d2-hall-c-2', 'd1-hall-b-2']) {
      const session = sessions.find((s) => s.id === id)!;
      expect(parsed.find((e) => e.uid === `${id}@gorod`)).toMatchObject({ start: session.startsAt, end: session.endsAt, utc: true });
    }

    const reset = await learner.client.agenda.resetFeed.mutate();
    expect(reset.url).not.toBe(feed.url);
    expect((await fetch(feed.url)).status).toBe(404);
    expect((await fetch(reset.url)).status).toBe(200);
  });
});
