import { programVersion, readProgram } from '@gorod/db';
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../context.js';
import { currentEdition } from '../procedures/program.js';
import { type ProgramBytesCache, publicCacheControl, sendBytes, servedBytes } from './program-bytes.js';

/** Where third parties fetch the whole program as one cacheable JSON document. */
export const publicProgramPath = '/api/public/program.json';

/**
 * `GET /api/public/program.json`: the current edition with its rooms, tracks, speakers and sessions, and
 * the program version it was made from. Read in a constant number of statements, serialised and gzipped
 * once per program version, answered 304 to a client holding the same version. Seats left change with
 * every registration, so they are not in it: `program.sessions.get` has them.
 */
export function registerPublicProgram(app: FastifyInstance, services: AppServices, cache: ProgramBytesCache): void {
  app.get(publicProgramPath, async (request, reply) => {
    const edition = await currentEdition(services.db, services.now());
    const version = await programVersion(services.db, edition.id);
    const bytes = await cache.get(`${edition.id}:${version}`, 'program.json', async () => {
      const program = await readProgram(services.db, edition.id);
      const document = { edition, version, ...program };
      return servedBytes('application/json; charset=utf-8', JSON.stringify(document), `program-${edition.id}-${version}`);
    });
    return sendBytes(request, reply, bytes, publicCacheControl);
  });
}
