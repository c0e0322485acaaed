import { type ErrorBody, errorStatus, GorodError } from '@gorod/domain';
import { TRPCClientError } from '@trpc/client';

const isErrorBody = (value: unknown): value is ErrorBody =>
  typeof value === 'object' && value !== null && 'code' in value && (value as ErrorBody).code in errorStatus;

/**
 * Whether the request never got an answer. `fetch` rejects with a TypeError for every network failure
 * (refused, unknown host, reset: "fetch failed" in Node, "Failed to fetch" in browsers) and with an
 * AbortError or TimeoutError when a signal ends it; tRPC keeps that as the cause.
 */
function isNetworkFailure(error: unknown): boolean {
  const cause = error instanceof TRPCClientError ? error.cause : error;
  if (error instanceof TRPCClientError && error.data !== undefined) return false;
  return cause instanceof TypeError || (cause instanceof Error && (cause.name === 'AbortError' || cause.name === 'TimeoutError'));
}

/**
 * The GorodError behind a failed call, with its code, message and issues. A call that got no answer
 * (server down, unknown host, aborted) becomes UNREACHABLE (status 0); an unexpected reply, INTERNAL.
 *
 * @example
 * try { await gorod.cities.get.query({ id }); }
 * catch (e) { const error = toGorodError(e); if (error.code === 'NOT_FOUND') … }
 */
export function toGorodError(error: unknown): GorodError {
  if (error instanceof GorodError) return error;
  if (error instanceof TRPCClientError && isErrorBody(error.data)) {
    const body = error.data;
    return new GorodError(body.code, body.message, body.issues, body.details);
  }
  const message = error instanceof Error ? error.message : String(error);
  if (isNetworkFailure(error)) return new GorodError('UNREACHABLE', `The server could not be reached: ${message}`);
  return new GorodError('INTERNAL', message);
}
