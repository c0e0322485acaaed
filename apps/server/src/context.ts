import type { Db } from '@gorod/db';

/** What the server's procedures need: the database and the clock (tests set the clock). */
export interface AppServices {
  db: Db;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
}

/**
 * The context tRPC is initialised with. Its type is part of `AppRouter` and so of the published SDK's
 * declarations: it must name no server or database type. Procedures reach the services through the
 * `withServices` middleware in trpc.ts, which narrows `services` once.
 */
export interface Context {
  readonly services: unknown;
}

export const createContextFactory = (services: AppServices) => (): Context => ({ services });
