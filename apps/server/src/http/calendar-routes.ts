import { agendaSessionIds, feedOwner, findProgramSession, findUser, listRooms, listSpeakers, readProgram, sessionsByIds } from '@gorod/db';
import { type Locale, LocaleSchema, notFound } from '@gorod/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { personalCalendar, programCalendar, sessionCalendar } from '../calendar/icalendar.js';
import type { AppServices } from '../context.js';
import { currentEdition } from '../procedures/program.js';
import type { ProgramState } from '../program/program-state.js';
import { type ProgramBytesCache, publicCacheControl, sendBytes, servedBytes } from './program-bytes.js';

const calendarType = 'text/calendar; charset=utf-8';

/** The personal feed's address, on the configured public URL (never the request's Host), https and webcal. */
export function feedUrls(publicUrl: string, secret: string): { url: string; webcalUrl: string } {
  const url = `${publicUrl.replace(/\/+$/, '')}/calendar/feeds/${secret}.ics`;
  return { url, webcalUrl: url.replace(/^https?:\/\//, 'webcal://') };
}

const locales: readonly string[] = LocaleSchema.options;

/**
 * `?lang=en` picks the calendar's language; anything else (or nothing) is Russian, the forum's. A plain
 * lookup, not a schema with a fallback: that builds and drops an error on every request without `lang`.
 */
const localeOf = (request: FastifyRequest): Locale => {
  const lang = (request.query as { lang?: unknown }).lang;
  return typeof lang === 'string' && locales.includes(lang) ? (lang as Locale) : 'ru';
};

/** The id before `.ics` in the last path segment, or undefined when the segment does not end so. */
const beforeIcs = (segment: string) => (segment.endsWith('.ics') && segment.length > 4 ? segment.slice(0, -4) : undefined);

/**
 * The program's iCalendar feeds: the whole program and one session (public, cached per program version
 * and language, 304 on If-None-Match), and a person's agenda at a secret URL (never stored by caches:
 * it is built for one person and its address is a credential).
 */
export function registerCalendarRoutes(app: FastifyInstance, services: AppServices, state: ProgramState, cache: ProgramBytesCache): void {
  const calendarOptions = (locale: Locale) => ({ baseUrl: services.publicUrl, now: services.now(), locale });

  app.get('/calendar/program.ics', async (request, reply) => {
    const { edition, version } = await state.current(services.now());
    const locale = localeOf(request);
    const bytes = await cache.get(`${edition.id}:${version}`, `program.ics:${locale}`, async () => {
      const program = await readProgram(services.db, edition.id);
      const text = programCalendar(edition, program.sessions, program.rooms, program.speakers, calendarOptions(locale));
      return servedBytes(calendarType, text, `program-${edition.id}-${version}-${locale}`);
    });
    return sendBytes(request, reply, bytes, publicCacheControl);
  });

  app.get<{ Params: { file: string } }>('/calendar/sessions/:file', async (request, reply) => {
    const id = beforeIcs(request.params.file);
    const session = id === undefined ? undefined : await findProgramSession(services.db, id);
    if (!session) throw notFound('session');
    const { edition } = await state.current(services.now());
    const version = await state.versionOf(session.editionId);
    const locale = localeOf(request);
    const bytes = await cache.get(`${session.editionId}:${version}`, `session:${session.id}:${locale}`, async () => {
      const [rooms, speakers] = await Promise.all([listRooms(services.db, session.editionId), listSpeakers(services.db, session.editionId)]);
      const text = sessionCalendar(edition, session, rooms, speakers, calendarOptions(locale));
      return servedBytes(calendarType, text, `session-${session.id}-${version}-${locale}`);
    });
    return sendBytes(request, reply, bytes, publicCacheControl);
  });

  app.get<{ Params: { file: string } }>('/calendar/feeds/:file', async (request, reply) => {
    const secret = beforeIcs(request.params.file);
    const userId = secret === undefined ? undefined : await feedOwner(services.db, secret);
    if (!userId) throw notFound('calendar feed');
    const [user, edition, ids] = await Promise.all([findUser(services.db, userId), currentEdition(services.db, services.now()), agendaSessionIds(services.db, userId)]);
    const [sessions, rooms, speakers] = await Promise.all([sessionsByIds(services.db, ids), listRooms(services.db, edition.id), listSpeakers(services.db, edition.id)]);
    const locale = LocaleSchema.catch('ru').parse(user?.locale);
    const text = personalCalendar(edition, sessions, rooms, speakers, calendarOptions(locale));
    return reply.header('cache-control', 'no-store').type(calendarType).send(text);
  });
}
