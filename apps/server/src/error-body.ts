import { type ErrorBody, type ErrorCode, errorI18nKey, errorStatus, fromZodError, GorodError } from '@gorod/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';

type TRPCCode = TRPCError['code'];

const trpcCodeByStatus: Record<number, TRPCCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  408: 'TIMEOUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
};

/** The tRPC code that makes tRPC answer with the HTTP status of a Gorod error code. */
export const trpcCodeOf = (code: ErrorCode): TRPCCode => trpcCodeByStatus[errorStatus[code]] ?? 'INTERNAL_SERVER_ERROR';

const gorodCodeOfTrpc: Partial<Record<TRPCCode, ErrorCode>> = {
  PARSE_ERROR: 'INVALID_INPUT',
  BAD_REQUEST: 'INVALID_INPUT',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_SUPPORTED: 'METHOD_NOT_SUPPORTED',
  TIMEOUT: 'REQUEST_TIMEOUT',
  CONFLICT: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
};

const isZodError = (error: unknown): error is z.ZodError =>
  error instanceof z.ZodError || (error instanceof Error && error.name === 'ZodError' && 'issues' in error);

/**
 * The one wire shape of a failure, from whatever was thrown. Expected errors keep their code, message and
 * issues; anything else becomes INTERNAL with a message that reveals nothing (the caller logs the cause).
 */
export function errorBodyOf(error: unknown): ErrorBody {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof GorodError) return cause.toBody();
  if (isZodError(cause)) return fromZodError(cause).toBody();
  if (error instanceof TRPCError) {
    const code = gorodCodeOfTrpc[error.code];
    if (code) return { code, message: error.message, i18nKey: errorI18nKey(code), issues: [] };
  }
  return new GorodError('INTERNAL', 'Something went wrong on our side; it has been logged').toBody();
}

/** Whether the failure is ours rather than the caller's, and so worth logging. */
export const isInternal = (body: ErrorBody) => body.code === 'INTERNAL';
