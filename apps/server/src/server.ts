import { createDb, type Db, migrateToLatest, seedDemo, seedDirectory } from '@gorod/db';
import type { FastifyInstance } from 'fastify';
import type { AppServices } from './context.js';
import { buildApp } from './http/app.js';

export interface ServerOptions {
  databaseUrl: string;
  portalDir?: string;
  /** Seed the demo forum (edition, delegations) into an empty database. */
  demo?: boolean;
  now?: () => Date;
  log?: AppServices['log'];
}

export interface GorodServer {
  app: FastifyInstance;
  db: Db;
  /** Listens and resolves to the URL a person would open. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const defaultLog: AppServices['log'] = (message, error) => console.error(`[gorod] ${message}`, error ?? '');

/** Opens the database, migrates it, seeds an empty one, and builds the HTTP host — without listening. */
export async function createServer(options: ServerOptions): Promise<GorodServer> {
  const db = createDb({ url: options.databaseUrl });
  try {
    await migrateToLatest(db);
    await seedDirectory(db);
    if (options.demo) await seedDemo(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const services: AppServices = { db, now: options.now ?? (() => new Date()), log: options.log ?? defaultLog };
  const app = await buildApp({ services, ...(options.portalDir ? { portalDir: options.portalDir } : {}) });
  return {
    app,
    db,
    async listen(port, host = '127.0.0.1') {
      await app.listen({ port, host });
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host;
      return `http://${shownHost}:${actualPort}`;
    },
    async close() {
      await app.close();
      await db.destroy();
    },
  };
}
