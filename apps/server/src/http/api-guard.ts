import { GorodError } from '@gorod/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './error-reply.js';

/** Queries are GETs, mutations POSTs; HEAD is answered empty. Nothing else reaches tRPC. */
const allowedMethods = ['GET', 'HEAD', 'POST'];

const isJson = (contentType: string | undefined) =>
  contentType !== undefined && contentType.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';

/**
 * Runs before tRPC sees a request. tRPC would read a multipart or octet-stream body whole, with no limit,
 * and answer other methods and types outside the contract; here they are refused before a byte of the
 * body is read. JSON bodies are then read by Fastify's parser, which stops at the body limit (413).
 * Every answer depends on who calls or on a secret in its input (an invitation), so none is stored.
 */
export async function guardApiRequest(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.header('cache-control', 'no-store');
  if (!allowedMethods.includes(request.method)) {
    reply.header('allow', allowedMethods.join(', '));
    return void sendError(
      request,
      reply,
      new GorodError('METHOD_NOT_SUPPORTED', `The API takes GET for queries and POST for mutations, not ${request.method}`),
    );
  }
  if (request.method === 'POST' && !isJson(request.headers['content-type'])) {
    const sent = request.headers['content-type'] ?? 'no Content-Type';
    return void sendError(
      request,
      reply,
      new GorodError('UNSUPPORTED_MEDIA_TYPE', `Send the body as application/json, not ${sent}`),
    );
  }
}
