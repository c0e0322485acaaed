import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import { apiPath, GorodError } from '@gorod/domain';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { type AppServices, createContextFactory } from '../context.js';
import { errorBodyOf } from '../error-body.js';
import { type AppRouter, appRouter } from '../router.js';
import { servePortal } from './portal-assets.js';

export interface AppOptions {
  services: AppServices;
  /** The built portal to serve at `/`; omitted or missing, the server answers only the API. */
  portalDir?: string;
  /**
   * Proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (addresses or CIDRs, comma-separated).
   * Unset, the headers are ignored: a client cannot spoof its address to escape sign-in throttling.
   */
  trustProxy?: string;
}

/** The HTTP host: tRPC under /api/trpc, a health check, and the portal with its client-side routes. */
export async function buildApp({ services, portalDir, trustProxy }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    // Batched GET calls put every input in the URL.
    routerOptions: { maxParamLength: 5000 },
    // A participants CSV of a few thousand rows fits; anything larger is refused with 413.
    bodyLimit: 4 * 1024 * 1024,
    trustProxy: trustProxy ? trustProxy.split(',').map((s) => s.trim()) : false,
  });
  await app.register(fastifyCookie);

  await app.register(fastifyTRPCPlugin, {
    prefix: apiPath,
    trpcOptions: { router: appRouter, createContext: createContextFactory(services) },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);

  app.get('/api/health', async () => ({ ok: true }));

  const portal = portalDir && existsSync(join(portalDir, 'index.html')) ? portalDir : undefined;
  if (portal) {
    await servePortal(app, portal);
  }

  // Anything else under /api is an unknown endpoint; any other GET is a portal route the browser resolves.
  app.setNotFoundHandler((request, reply) => {
    if (portal && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    const body = new GorodError('NOT_FOUND', `Nothing at ${request.method} ${request.url.split('?')[0]}`).toBody();
    return reply.code(404).send(body);
  });

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 500;
    const body =
      status === 413
        ? new GorodError('PAYLOAD_TOO_LARGE', 'The request body is too large').toBody()
        : status < 500
          ? new GorodError('INVALID_INPUT', error.message).toBody()
          : errorBodyOf(error);
    if (status >= 500) services.log('request failed', error);
    return reply.code(status).send(body);
  });

  return app;
}
