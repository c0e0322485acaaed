import { findUpload } from '@gorod/db';
import { decideAccess, GorodError, issuesFromZod, notFound, text } from '@gorod/domain';
import send from '@fastify/send';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { resolveActor } from '../auth/actor.js';
import { type AppServices, exchangeOf, type RequestServices } from '../context.js';
import { assertCsrfEcho } from '../trpc.js';
import { acceptUpload } from '../uploads/accept.js';
import { allowedTypeOf, servedContentType } from '../uploads/allowed-types.js';
import { assertNameAllowed } from '../uploads/content-type.js';
import { receiveToTempFile, tooLarge } from '../uploads/receive.js';
import { type UploadStorage, uploadIdPattern } from '../uploads/storage.js';

export const uploadsPath = '/api/uploads';

/** What `POST /api/uploads` answers: what a video or file item needs to name the upload. */
export interface UploadAnswer {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  /** Where the upload is served, relative to the server: `/uploads/<id>`. */
  url: string;
}

/** The file's name travels in the query (`?name=`, percent-encoded): any Unicode name, no header encoding. */
const UploadQuerySchema = z.strictObject({
  name: text({ min: 1, max: 255, pattern: { regex: /^[^/\\]+$/, message: 'A file name, without folders' } }),
});

/** The path's CSP: an upload opened directly runs nothing, loads nothing, and is sandboxed from the origin. */
const uploadCsp = "default-src 'none'; sandbox";

/** An upload's bytes never change (a new file is a new id), but a link may lead to a private lesson: browsers only. */
const uploadCacheControl = 'private, max-age=31536000, immutable';

/** Instructors only, by browser session with the CSRF echo, exactly as a tRPC mutation of theirs. */
async function authorizeUploader(services: AppServices, request: FastifyRequest, reply: FastifyReply): Promise<string> {
  const requestServices: RequestServices = { ...services, http: exchangeOf(request, reply) };
  const actor = await resolveActor(requestServices);
  const decision = decideAccess({ kind: 'role', roles: ['instructor'] }, actor);
  if (!decision.allowed) throw new GorodError(decision.code, decision.reason);
  assertCsrfEcho(requestServices, actor, 'mutation');
  return (actor as Exclude<typeof actor, { kind: 'anonymous' }>).userId;
}

function parseName(query: unknown): string {
  const parsed = UploadQuerySchema.safeParse(query);
  if (!parsed.success) throw new GorodError('INVALID_INPUT', 'Name the file in ?name=', issuesFromZod(parsed.error));
  return parsed.data.name;
}

/**
 * `POST /api/uploads?name=<file name>` with the file as the raw body, and `GET`/`HEAD /uploads/<id>`.
 * See the README's "Course uploads" for the rules; the helpers under `uploads/` hold them.
 */
export async function registerUploadRoutes(app: FastifyInstance, services: AppServices, storage: UploadStorage): Promise<void> {
  await app.register(async (uploads) => {
    // The body is the file, of any type: nothing parses it here; the handler streams `request.raw` to disk.
    uploads.removeAllContentTypeParsers();
    uploads.addContentTypeParser('*', (_request, _payload, done) => done(null));

    uploads.post(uploadsPath, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      try {
        const ownerId = await authorizeUploader(services, request, reply);
        const fileName = parseName(request.query);
        assertNameAllowed(fileName);
        const declaredLength = Number(request.headers['content-length']);
        if (declaredLength > storage.maxBytes) throw tooLarge(storage.maxBytes);
        const received = await receiveToTempFile(request.raw, storage);
        const upload = await acceptUpload(services.db, storage, received, {
          ownerId,
          fileName,
          declaredType: request.headers['content-type'],
          now: services.now(),
        });
        const { id, mediaType, size } = upload;
        return { id, fileName, mediaType, size, url: `/uploads/${id}` } satisfies UploadAnswer;
      } catch (error) {
        // Refused before the whole body arrived: close the connection rather than read the rest of it.
        if (!request.raw.complete) reply.header('connection', 'close');
        throw error;
      }
    });
  });

  app.route<{ Params: { id: string } }>({
    method: ['GET', 'HEAD'],
    url: '/uploads/:id',
    handler: async (request, reply) => {
      const { id } = request.params;
      const upload = uploadIdPattern.test(id) ? await findUpload(services.db, id) : undefined;
      const type = upload && allowedTypeOf(upload.mediaType);
      if (!upload || !type) throw notFound('upload', ['id']);
      reply.header('content-security-policy', uploadCsp).header('x-content-type-options', 'nosniff');
      const result = await send(request.raw, `/${id}`, {
        root: storage.dir,
        index: false,
        dotfiles: 'deny',
        contentType: false,
        cacheControl: false,
        lastModified: false,
      });
      if (result.type !== 'file') {
        result.stream.destroy();
        if (result.statusCode === 416) {
          reply.header('content-range', result.headers['Content-Range']);
          throw new GorodError('RANGE_NOT_SATISFIABLE', `The upload holds ${upload.size} bytes`, [], { size: upload.size });
        }
        if (result.statusCode === 412) throw new GorodError('PRECONDITION_FAILED', 'The upload does not match the precondition');
        throw new Error(`The bytes of upload ${id} cannot be read (${result.statusCode})`);
      }
      return reply
        .code(result.statusCode)
        .headers(result.headers)
        .header('content-type', servedContentType(type))
        .header('content-disposition', contentDisposition(upload.fileName, { type: type.display }))
        .header('cache-control', uploadCacheControl)
        .send(result.stream);
    },
  });
}

