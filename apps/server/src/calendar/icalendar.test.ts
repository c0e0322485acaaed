import { demoEdition, demoProgram, loadDirectory } from '@gorod/db';
import type { Room, Session, Speaker } from '@gorod/domain';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { personalCalendar, programCalendar, sessionCalendar } from './icalendar.js';

const now = new Date('2026-11-20T09:30:00.000Z');
const options = { baseUrl: 'https://gorod.example/', now, locale: 'ru' as const };

const room: Room = { id: 'hall-a', editionId: demoEdition.id, name: { ru: 'Зал А', en: 'Hall A' }, floor: 2, capacity: 300 };
const speaker: Speaker = { id: 'sp-1', editionId: demoEdition.id, name: { ru: 'Вера Гранитова', en: 'Vera Granitova' }, position: null, organisation: null, cityId: null, bio: null, photoUrl: null };
const session: Session = {
  id: 'small-towns',
  editionId: demoEdition.id,
  kind: 'panel',
  title: { ru: 'Малые города; новая жизнь, часть 1', en: 'Small towns' },
  description: { ru: 'Как вернуть людей в малые города.' },
  startsAt: '2026-11-27T05:00:00.000Z',
  endsAt: '2026-11-27T06:30:00.000Z',
  roomId: 'hall-a',
  trackIds: [],
  speakerIds: ['sp-1'],
  languages: ['ru'],
  interpretation: [],
  capacity: null,
  registration: 'required',
  partnerCityId: null,
  status: 'scheduled',
  version: 1,
};

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startZone: event.startDate.zone?.tzid,
      summary: event.summary,
      location: event.location,
      status: vevent.getFirstPropertyValue('status'),
      url: vevent.getFirstPropertyValue('url'),
    };
  });
}

describe('iCalendar', () => {
  it('writes one small calendar exactly so, in UTC with no zone ids', () => {
    const text = sessionCalendar(demoEdition, session, [room], [speaker], options);
    expect(text.replace(/\r\n/g, '\n')).toMatchInlineSnapshot(`
      "BEGIN:VCALENDAR
      VERSION:2.0
      PRODID:-//Gorod//Forum program//RU
      NAME:IX Всероссийский форум «Города России:
        технологии лидерства»
      X-WR-CALNAME:IX Всероссийский форум «Города Ро
       ссии: технологии лидерства»
      REFRESH-INTERVAL;VALUE=DURATION:PT1H
      X-PUBLISHED-TTL:PT1H
      BEGIN:VEVENT
      UID:small-towns@gorod
      SEQUENCE:1
      DTSTAMP:20261120T093000Z
      DTSTART:20261127T050000Z
      DTEND:20261127T063000Z
      SUMMARY:Малые города\\; новая жизнь\\, часть 1
      LOCATION:Зал А
      DESCRIPTION:Как вернуть людей в малые города.\\n
       \\nВера Гранитова
      URL;VALUE=URI:https://gorod.example/program/sessions/small-towns
      STATUS:CONFIRMED
      END:VEVENT
      END:VCALENDAR"
    `);
    expect(text).not.toContain('TZID');
  });

  it('parses back with the same instants in UTC, the room, the session page and a stable UID', () => {
    const [event] = events(sessionCalendar(demoEdition, session, [room], [speaker], options));
    expect(event).toEqual({
      uid: 'small-towns@gorod',
      sequence: 1,
      start: '2026-11-27T05:00:00.000Z',
      end: '2026-11-27T06:30:00.000Z',
      startZone: 'UTC',
      summary: 'Малые города; новая жизнь, часть 1',
      location: 'Зал А',
      status: 'CONFIRMED',
      url: 'https://gorod.example/program/sessions/small-towns',
    });
  });

  it('keeps the UID across generations, raises SEQUENCE with the version and marks a cancelled session CANCELLED', () => {
    const first = events(personalCalendar(demoEdition, [session], [room], [speaker], options))[0]!;
    const changed = events(personalCalendar(demoEdition, [{ ...session, version: 2, status: 'changed', startsAt: '2026-11-27T07:00:00.000Z', endsAt: '2026-11-27T08:00:00.000Z' }], [room], [speaker], { ...options, now: new Date('2026-11-21T00:00:00.000Z') }))[0]!;
    const cancelled = events(personalCalendar(demoEdition, [{ ...session, version: 3, status: 'cancelled' }], [room], [speaker], options))[0]!;
    expect([first.uid, changed.uid, cancelled.uid]).toEqual(['small-towns@gorod', 'small-towns@gorod', 'small-towns@gorod']);
    expect([first.sequence, changed.sequence, cancelled.sequence]).toEqual([1, 2, 3]);
    expect(changed.start).toBe('2026-11-27T07:00:00.000Z');
    expect(cancelled.status).toBe('CANCELLED');
  });

  it('gives every session of the demo program in UTC exactly as stored, in English when asked', () => {
    const program = demoProgram(demoEdition, new Set(loadDirectory().cities.map((c) => c.id)));
    const parsed = events(programCalendar(demoEdition, program.sessions, program.rooms, program.speakers, { ...options, locale: 'en' }));
    expect(parsed.map((e) => [e.uid, e.start, e.end])).toEqual(program.sessions.map((s) => [`${s.id}@gorod`, s.startsAt, s.endsAt]));
    expect(parsed.find((e) => e.uid === 'plenary@gorod')?.location).toBe('Main Hall');
  });
});
