import type { Db } from '@gorod/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CookieSerializeOptions } from '@fastify/cookie';

/** What the server's procedures need for the whole process: the database, the clock (tests set it), a log. */
export interface AppServices {
  db: Db;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
  /** The address people open, for links in mail: PUBLIC_URL, else the address the server listens on. */
  publicUrl: string;
}

/** The HTTP request and response as procedures see them, without Fastify's types. */
export interface HttpExchange {
  /** The client's address: X-Forwarded-For is believed only from a configured trusted proxy. */
  ip: string;
  secure: boolean;
  /** `https://host` as the client reached us. */
  origin: string;
  method: string;
  header(name: string): string | undefined;
  cookie(name: string): string | undefined;
  setCookie(name: string, value: string, options: CookieSerializeOptions): void;
  clearCookie(name: string): void;
  setHeader(name: string, value: string): void;
}

export interface RequestServices extends AppServices {
  http: HttpExchange;
}

/** Who asked, from where: built once per request, and what the audit log records of it. */
export interface RequestMeta {
  ip: string;
  userAgent: string | null;
  /** The signed-in caller, once authenticated; null for a public procedure. */
  actorUserId: string | null;
}

export const requestMetaOf = (services: RequestServices, actorUserId: string | null): RequestMeta => ({
  ip: services.http.ip,
  userAgent: services.http.header('user-agent') ?? null,
  actorUserId,
});

/**
 * The context tRPC is initialised with. Its type is part of `AppRouter` and so of the published SDK's
 * declarations: it must name no server or database type. Procedures reach the services through the
 * base middleware in trpc.ts, which narrows `services` once.
 */
export interface Context {
  readonly services: unknown;
}

export function exchangeOf(req: FastifyRequest, res: FastifyReply): HttpExchange {
  return {
    ip: req.ip,
    secure: req.protocol === 'https',
    origin: `${req.protocol}://${req.host}`,
    method: req.method,
    header: (name) => {
      const value = req.headers[name.toLowerCase()];
      return Array.isArray(value) ? value[0] : value;
    },
    cookie: (name) => req.cookies[name],
    setCookie: (name, value, options) => void res.setCookie(name, value, options),
    clearCookie: (name) => void res.clearCookie(name, { path: '/' }),
    setHeader: (name, value) => void res.header(name, value),
  };
}

export const createContextFactory =
  (services: AppServices) =>
  ({ req, res }: { req: FastifyRequest; res: FastifyReply }): Context => ({
    services: { ...services, http: exchangeOf(req, res) } satisfies RequestServices,
  });
