import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { GorodError } from '@gorod/domain';
import type { FastifyInstance } from 'fastify';

/** A year: the longest lifetime caches honour, for files whose name changes whenever their content does. */
const hashedAssetMaxAgeMs = 365 * 24 * 60 * 60 * 1000;

/**
 * Serves the built portal as a product does. `assets/` holds files Vite names by their content hash:
 * they are sent pre-compressed (the portal's build writes `.br` and `.gz` beside each, the client's
 * Accept-Encoding picks one, `Vary: Accept-Encoding` tells caches so) and cached for a year as
 * immutable. Everything else (`index.html`, which names the current hashes, and the portal's own
 * routes that fall back to it) is revalidated on every visit, so a deploy reaches everyone at once.
 *
 * Files are looked up per request (wildcard routes), so a rebuilt portal is served without a restart.
 * Registers `reply.sendFile`, relative to `portalDir`, for the caller's client-side-route fallback.
 */
export async function servePortal(app: FastifyInstance, portalDir: string): Promise<void> {
  await app.register(
    async (assets) => {
      // A hash that no longer exists (a tab open across a deploy) is a 404, not index.html sent as script.
      assets.setNotFoundHandler((request, reply) =>
        reply.code(404).send(new GorodError('NOT_FOUND', `Nothing at ${request.url.split('?')[0]}`).toBody()),
      );
      await assets.register(fastifyStatic, {
        root: join(portalDir, 'assets'),
        preCompressed: true,
        immutable: true,
        maxAge: hashedAssetMaxAgeMs,
        decorateReply: false,
      });
    },
    { prefix: '/assets' },
  );
  await app.register(fastifyStatic, {
    root: portalDir,
    prefix: '/',
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply) => reply.header('cache-control', 'no-cache'),
  });
}
