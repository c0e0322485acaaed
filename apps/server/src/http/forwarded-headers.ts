import { isIP } from 'node:net';
import { GorodError, issue } from '@gorod/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './error-reply.js';

// A host name or a bracketed IPv6 address, then an optional port: what a URL can hold, and nothing else.
const hostPattern = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::\d{1,5})?$/;

/** Whether a Host (or X-Forwarded-Host) value names a host, as the server builds its own address from it. */
export function isHost(value: string): boolean {
  return value.length <= 255 && hostPattern.test(value) && URL.canParse(`http://${value}`);
}

/** Whether every hop of an X-Forwarded-For is a bare IP address: no port, no name, no markup, no padding. */
export function isForwardedFor(value: string): boolean {
  return value.split(',').every((hop) => {
    const address = hop.trim();
    return address.length <= 45 && isIP(address) !== 0;
  });
}

const isForwardedProto = (value: string) => value.split(',').every((hop) => /^https?$/i.test(hop.trim()));

const badHeader = (name: string, message: string) =>
  new GorodError('INVALID_INPUT', message, [issue(['headers', name], 'invalid_format', message)]);

/** A header's value as one string; Node joins repeated X-Forwarded-* headers, but the type allows a list. */
const headerOf = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

function headerProblem(request: FastifyRequest, behindProxy: boolean): GorodError | undefined {
  const { host } = request.headers;
  if (host !== undefined && !isHost(host)) return badHeader('host', 'The Host header is not a host name');
  if (!behindProxy) return undefined;
  const forwardedFor = headerOf(request, 'x-forwarded-for');
  if (forwardedFor !== undefined && !isForwardedFor(forwardedFor)) {
    return badHeader('x-forwarded-for', 'X-Forwarded-For must list IP addresses only');
  }
  const forwardedHost = headerOf(request, 'x-forwarded-host');
  if (forwardedHost !== undefined && !forwardedHost.split(',').every((hop) => isHost(hop.trim()))) {
    return badHeader('x-forwarded-host', 'X-Forwarded-Host is not a host name');
  }
  const forwardedProto = headerOf(request, 'x-forwarded-proto');
  if (forwardedProto !== undefined && !isForwardedProto(forwardedProto)) {
    return badHeader('x-forwarded-proto', 'X-Forwarded-Proto must be http or https');
  }
  return undefined;
}

/**
 * Refuses, before any route runs, a request whose Host cannot be part of an address and, behind a
 * trusted proxy (`behindProxy`), one whose X-Forwarded-* headers are not what a proxy writes. The client
 * address becomes a throttling key and lands in the audit log, so a non-address must never get that far.
 */
export const refuseMalformedHeaders =
  (behindProxy: boolean) =>
  (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const problem = headerProblem(request, behindProxy);
    // Answered: the request goes no further, so `done` is not called (a callback hook, cheaper than async).
    if (problem) return void sendError(request, reply, problem);
    done();
  };
