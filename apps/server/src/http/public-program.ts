import { readProgram } from '@gorod/db';
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../context.js';
import type { ProgramState } from '../program/program-state.js';
import { type ProgramBytesCache, publicCacheControl, sendBytes, servedBytes } from './program-bytes.js';

/** Where third parties fetch the whole program as one cacheable JSON document. */
export const publicProgramPath = '/api/public/program.json';

/**
 * `GET /api/public/program.json`: the current edition with its rooms, tracks, speakers and sessions, and
 * the program version it was made from. Read in a constant number of statements, serialised and gzipped
 * once per program version (known from `ProgramState`, without a database read while fresh), answered 304 to a client holding the same version. Seats left change with
 * every registration, so they are not in it: `program.sessions.get` has them.
 */
export function registerPublicProgram(app: FastifyInstance, services: AppServices, state: ProgramState, cache: ProgramBytesCache): void {
  app.get(publicProgramPath, async (request, reply) => {
    const { edition, version } = await state.current(services.now());
    const bytes = await cache.get(`${edition.id}:${version}`, 'program.json', async () => {
      const program = await readProgram(services.db, edition.id);
      const document = { edition, version, ...program };
      return servedBytes('application/json; charset=utf-8', JSON.stringify(document), `program-${edition.id}-${version}`);
    });
    return sendBytes(request, reply, bytes, publicCacheControl);
  });
}
