import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';

/**
 * The portal loads only its own scripts, styles, fonts and images (plus data:/blob: images it makes
 * itself) and talks only to its own API: no inline script or style, no eval, no plugins, no <base>,
 * and no page may frame it. `useDefaults: false` so helmet adds nothing unlisted — notably not
 * `upgrade-insecure-requests`, which would break a portal served over plain HTTP on a room's network.
 */
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

const applyHelmet = helmet({
  contentSecurityPolicy,
  xFrameOptions: { action: 'deny' },
  // Reset and invitation links carry their secret in the path: no request may pass the page's address on.
  referrerPolicy: { policy: 'no-referrer' },
  // Sent below, only when the request itself came over HTTPS.
  strictTransportSecurity: false,
});

/**
 * Helmet's headers for this policy, computed once: none depends on the request (no nonces), so each
 * answer copies a list instead of running helmet's middleware, which costs the cached program routes.
 */
const helmetHeaders: ReadonlyArray<readonly [string, string]> = (() => {
  const headers: Array<[string, string]> = [];
  const collect = { setHeader: (name: string, value: unknown) => void headers.push([name, String(value)]), removeHeader: () => {} };
  applyHelmet({} as IncomingMessage, collect as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
})();

/** A year; without includeSubDomains, as the server cannot know whether its sibling hosts speak HTTPS. */
const hsts = 'max-age=31536000';

/**
 * Helmet's headers on every answer, set on the raw response so error answers keep them too, and HSTS
 * when the request is HTTPS (directly, or as a trusted proxy's X-Forwarded-Proto says).
 */
export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  for (const [name, value] of helmetHeaders) reply.raw.setHeader(name, value);
  if (request.protocol === 'https') reply.raw.setHeader('strict-transport-security', hsts);
}
