import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { GorodError } from '@gorod/domain';

/** What a request the HTTP parser refused (before any route) was, in the contract's terms. */
function errorOfParserFailure(code: string | undefined): GorodError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return new GorodError('HEADERS_TOO_LARGE', 'The address and headers together exceed 16 KB');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new GorodError('REQUEST_TIMEOUT', 'The request took too long to arrive');
    default:
      return new GorodError('INVALID_INPUT', 'The request is not well-formed HTTP');
  }
}

/**
 * Answers a request Node's HTTP parser refused (too long an address or headers, broken syntax, too slow),
 * in the contract rather than Fastify's own body, and closes the connection: nothing after it is read.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const failure = errorOfParserFailure(error.code);
  const body = JSON.stringify(failure.toBody());
  socket.end(
    [
      `HTTP/1.1 ${failure.status} ${STATUS_CODES[failure.status]}`,
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Cache-Control: no-store',
      'X-Content-Type-Options: nosniff',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}
