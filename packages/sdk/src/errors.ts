import { type ErrorBody, errorStatus, GorodError } from '@gorod/domain';
import { TRPCClientError } from '@trpc/client';

const isErrorBody = (value: unknown): value is ErrorBody =>
  typeof value === 'object' && value !== null && 'code' in value && (value as ErrorBody).code in errorStatus;

/**
 * The GorodError behind a failed call, with its code, message and issues; a network failure or an
 * unexpected reply becomes INTERNAL.
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
  return new GorodError('INTERNAL', message);
}
