import { type ForumEdition, type Locale, localizedName, type Room, type Session, type Speaker } from '@gorod/domain';
import ical, { ICalEventStatus } from 'ical-generator';

/*
 * iCalendar (RFC 5545) for the program, one session and a person's agenda. Times are written in UTC
 * (`DTSTART:20261127T050000Z`) and no TZID or VTIMEZONE is set: ical-generator given a zone writes the
 * UTC clock under that zone's TZID (hours off — the pitfall pretalx and Indico feeds hit), while UTC is
 * valid everywhere and every client shows it in its own zone. Each event's UID is `<sessionId>@gorod`
 * forever and its SEQUENCE the session's version, so a subscribed calendar replaces the event when the
 * session changes and shows it cancelled (STATUS:CANCELLED) instead of losing it.
 */

export interface CalendarOptions {
  /** The portal's origin (`https://gorod.example`): events link to `<baseUrl>/program/sessions/<id>`. */
  baseUrl: string;
  /** DTSTAMP: when this calendar was generated (passed in, so output is reproducible). */
  now: Date;
  locale: Locale;
}

type EditionForCalendar = Pick<ForumEdition, 'id' | 'title'>;

const productId = { company: 'Gorod', product: 'Forum program', language: 'RU' };
/** Hint to subscribed clients to refresh the feed hourly (X-PUBLISHED-TTL). */
const refreshSeconds = 3600;

export const sessionUid = (sessionId: string) => `${sessionId}@gorod`;
export const sessionPageUrl = (baseUrl: string, sessionId: string) => `${baseUrl.replace(/\/+$/, '')}/program/sessions/${encodeURIComponent(sessionId)}`;

function buildCalendar(name: string, sessions: readonly Session[], rooms: readonly Room[], speakers: readonly Speaker[], options: CalendarOptions): string {
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  const calendar = ical({ name, prodId: productId, ttl: refreshSeconds });
  for (const session of sessions) {
    const room = roomById.get(session.roomId);
    const speakerNames = session.speakerIds.flatMap((id) => {
      const speaker = speakerById.get(id);
      return speaker ? [localizedName(speaker.name, options.locale)] : [];
    });
    const description = [session.description ? localizedName(session.description, options.locale) : '', speakerNames.join(', ')].filter(Boolean).join('\n\n');
    calendar.createEvent({
      id: sessionUid(session.id),
      sequence: session.version,
      stamp: options.now,
      start: new Date(session.startsAt),
      end: new Date(session.endsAt),
      summary: localizedName(session.title, options.locale),
      description: description || null,
      location: room ? localizedName(room.name, options.locale) : null,
      url: sessionPageUrl(options.baseUrl, session.id),
      status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** The whole program of an edition as one calendar. */
export function programCalendar(edition: EditionForCalendar, sessions: readonly Session[], rooms: readonly Room[], speakers: readonly Speaker[], options: CalendarOptions): string {
  return buildCalendar(localizedName(edition.title, options.locale), sessions, rooms, speakers, options);
}

/** One session, for "add to calendar" on its page. */
export function sessionCalendar(edition: EditionForCalendar, session: Session, rooms: readonly Room[], speakers: readonly Speaker[], options: CalendarOptions): string {
  return buildCalendar(localizedName(edition.title, options.locale), [session], rooms, speakers, options);
}

const personalNames: Record<Locale, string> = { ru: 'Моя программа', en: 'My agenda', zh: '我的日程' };

/**
 * A person's agenda (registered and starred sessions) for their secret feed. Cancelled sessions stay in
 * it as CANCELLED events, so calendars that subscribed remove or strike them rather than keep a stale copy.
 */
export function personalCalendar(edition: EditionForCalendar, sessions: readonly Session[], rooms: readonly Room[], speakers: readonly Speaker[], options: CalendarOptions): string {
  return buildCalendar(`${personalNames[options.locale]} — ${localizedName(edition.title, options.locale)}`, sessions, rooms, speakers, options);
}
