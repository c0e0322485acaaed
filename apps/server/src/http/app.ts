import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import { apiPath, GorodError } from '@gorod/domain';
import { type CreateFastifyContextOptions, type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { type AppServices, createContextFactory } from '../context.js';
import { errorBodyOf } from '../error-body.js';
import { type AppRouter, appRouter } from '../router.js';
import { guardApiRequest } from './api-guard.js';
import { registerCalendarRoutes } from './calendar-routes.js';
import { assertBatchAllowed } from './batch-limits.js';
import { answerClientError } from './client-error.js';
import { fromFastifyError, sendError } from './error-reply.js';
import { refuseMalformedHeaders } from './forwarded-headers.js';
import { ProgramBytesCache } from './program-bytes.js';
import { registerPublicProgram } from './public-program.js';
import { applySecurityHeaders } from './security-headers.js';
import { servePortal } from './portal-assets.js';
import { registerUploadRoutes } from './uploads.js';
import { type UploadStorage, uploadStorage } from '../uploads/storage.js';

export interface AppOptions {
  services: AppServices;
  /** The built portal to serve at `/`; omitted or missing, the server answers only the API. */
  portalDir?: string;
  /**
   * Proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (addresses or CIDRs, comma-separated).
   * Unset, the headers are ignored: a client cannot spoof its address to escape sign-in throttling.
   */
  trustProxy?: string;
  /** Where course uploads are kept and how large one may be; default `./data/uploads`, 200 MiB. */
  uploads?: UploadStorage;
}

/**
 * The HTTP host: tRPC under /api/trpc, a health check, and the portal with its client-side routes.
 * Every answer carries the security headers, and every failure — from tRPC, Fastify, the HTTP parser or
 * an unknown path — is a body of the error contract. Handlers and hooks are set before the plugins are
 * registered, because a Fastify plugin inherits only what its parent had when it was registered.
 */
export async function buildApp({ services, portalDir, trustProxy, uploads = uploadStorage(resolve('data')) }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    // Batched GET calls put every input in the URL.
    routerOptions: { maxParamLength: 5000 },
    // A participants CSV of a few thousand rows fits; anything larger is refused with 413.
    bodyLimit: 4 * 1024 * 1024,
    trustProxy: trustProxy ? trustProxy.split(',').map((s) => s.trim()) : false,
    // A request line or headers Node's parser refuses (over 16 KB, broken syntax, too slow).
    clientErrorHandler: answerClientError,
    // A path Fastify cannot decode (bad percent-encoding) never reaches a route or a hook.
    frameworkErrors: (_error, request, reply) => {
      applySecurityHeaders(request, reply);
      sendError(request, reply, new GorodError('INVALID_INPUT', 'The address is not well-formed'));
    },
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof GorodError) return sendError(request, reply, error);
    const clientFault = fromFastifyError(error);
    if (clientFault) return sendError(request, reply, clientFault);
    services.log('request failed', error);
    const body = errorBodyOf(error);
    return sendError(request, reply, new GorodError(body.code, body.message));
  });

  // Anything else under /api is an unknown endpoint; any other GET is a portal route the browser resolves.
  app.setNotFoundHandler((request, reply) => {
    if (portal && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendError(request, reply, new GorodError('NOT_FOUND', `Nothing at ${request.method} ${request.url.split('?')[0]}`));
  });

  app.addHook('onRequest', async (request, reply) => applySecurityHeaders(request, reply));
  app.addHook('onRequest', refuseMalformedHeaders(Boolean(trustProxy)));
  await app.register(fastifyCookie);

  const createContext = createContextFactory(services);
  await app.register(async (api) => {
    api.addHook('onRequest', guardApiRequest);
    await api.register(fastifyTRPCPlugin, {
      prefix: apiPath,
      trpcOptions: {
        router: appRouter,
        createContext: (options: CreateFastifyContextOptions) => {
          assertBatchAllowed(options.info);
          return createContext(options);
        },
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>);
  });

  app.get('/api/health', async () => ({ ok: true }));

  // The program's public reads share one cache of serialised bytes, valid for one program version.
  const programBytes = new ProgramBytesCache();
  registerPublicProgram(app, services, programBytes);
  registerCalendarRoutes(app, services, programBytes);
  await registerUploadRoutes(app, services, uploads);

  const portal = portalDir && existsSync(join(portalDir, 'index.html')) ? portalDir : undefined;
  if (portal) {
    await servePortal(app, portal);
  }

  return app;
}
