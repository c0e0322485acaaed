import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A serialised answer and its gzip, with the strong ETag of each: what is kept per program version. */
export interface ServedBytes {
  contentType: string;
  identity: Buffer;
  gzip: Buffer;
  etag: string;
  /** The quoted strong ETags of each encoding, made once rather than on every request. */
  plainTag: string;
  gzipTag: string;
}

export function servedBytes(contentType: string, text: string, etag: string): ServedBytes {
  const identity = Buffer.from(text, 'utf8');
  return { contentType, identity, gzip: gzipSync(identity), etag, plainTag: `"${etag}"`, gzipTag: `"${etag}-gzip"` };
}

/**
 * Serialised program answers by key, for the current program version only (as `ProgramState` knows it,
 * within its staleness bound); the cache saves the reading and serialising, and a new version drops the
 * old version's bytes.
 */
export class ProgramBytesCache {
  private version: string | undefined;
  private readonly entries = new Map<string, ServedBytes>();

  async get(version: string, key: string, build: () => Promise<ServedBytes>): Promise<ServedBytes> {
    if (version !== this.version) {
      this.version = version;
      this.entries.clear();
    }
    const kept = this.entries.get(key);
    if (kept) return kept;
    const built = await build();
    // Another request may have moved the version on while this one was building: keep only current bytes.
    if (version === this.version) this.entries.set(key, built);
    return built;
  }
}

const accepts = (request: FastifyRequest, encoding: string) =>
  (request.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([name, q]) => name?.trim().toLowerCase() === encoding && q?.trim() !== 'q=0');

const matches = (request: FastifyRequest, etags: readonly string[]) => {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => etags.includes(tag.trim().replace(/^W\//, '')));
};

/**
 * Sends kept bytes: 304 when the client holds them (its If-None-Match names our ETag, of either
 * encoding), else gzip when the client takes it, else plain. Each encoding has its own strong ETag.
 */
export function sendBytes(request: FastifyRequest, reply: FastifyReply, bytes: ServedBytes, cacheControl: string): FastifyReply {
  const { gzipTag, plainTag } = bytes;
  reply.header('cache-control', cacheControl).header('vary', 'accept-encoding');
  if (matches(request, [plainTag, gzipTag])) return reply.code(304).header('etag', accepts(request, 'gzip') ? gzipTag : plainTag).send();
  reply.type(bytes.contentType);
  if (accepts(request, 'gzip')) return reply.header('etag', gzipTag).header('content-encoding', 'gzip').send(bytes.gzip);
  return reply.header('etag', plainTag).send(bytes.identity);
}

/** The public program's caching: any cache may keep it, and must ask (If-None-Match) before using it. */
export const publicCacheControl = 'public, no-cache';
