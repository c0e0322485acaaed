import { apiPath, GorodError } from '@gorod/domain';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { trpcCodeOf } from '../error-body.js';
import type { GorodErrorData } from '../trpc.js';

/** Whether the request went to tRPC, whose clients read a failure from the envelope's `error.data`. */
const isApiCall = (url: string) => url === apiPath || url.startsWith(`${apiPath}/`) || url.startsWith(`${apiPath}?`);

/**
 * A failure answered before or beside tRPC, in the contract: under /api/trpc wrapped in tRPC's envelope
 * (so the SDK and any tRPC client read it like every other error), elsewhere the bare body.
 */
export function errorPayload(url: string, error: GorodError) {
  const body = error.toBody();
  if (!isApiCall(url)) return body;
  const data: GorodErrorData = { ...body, httpStatus: error.status, path: null };
  return { error: { code: TRPC_ERROR_CODES_BY_KEY[trpcCodeOf(error.code)], message: body.message, data } };
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: GorodError): FastifyReply {
  return reply.code(error.status).type('application/json; charset=utf-8').send(errorPayload(request.url, error));
}

/** The contract's name for a 4xx that Fastify itself raised (a body too large, an empty JSON body, …). */
export function fromFastifyError(error: FastifyError): GorodError | undefined {
  const status = error.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  switch (status) {
    case 404:
      return new GorodError('NOT_FOUND', error.message);
    case 408:
      return new GorodError('REQUEST_TIMEOUT', 'The request took too long to arrive');
    case 413:
      return new GorodError('PAYLOAD_TOO_LARGE', 'The request body is too large');
    case 415:
      return new GorodError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
    default:
      return new GorodError('INVALID_INPUT', error.message);
  }
}
