import { createDb, type Db, migrateToLatest, seedDemo, seedDirectory } from '@gorod/db';
import type { FastifyInstance } from 'fastify';
import type { AppServices } from './context.js';
import { seedDemoAccounts } from './auth/demo-accounts.js';
import { buildApp } from './http/app.js';
import { startMailDelivery } from './mail/delivery.js';
import { smtpSender } from './mail/sender.js';

export interface ServerOptions {
  databaseUrl: string;
  portalDir?: string;
  /** Seed the demo forum (edition, delegations) and the demo accounts into an empty database. */
  demo?: boolean;
  /** The address people open, for links in mail (default: the request's own origin). */
  publicUrl?: string;
  /** Trusted proxies, see AppOptions. */
  trustProxy?: string;
  /** Deliver the outbox through this SMTP server; without it, mail stays in the outbox (the development sink). */
  smtp?: { url: string; from: string };
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
    if (options.demo) {
      await seedDemo(db);
      await seedDemoAccounts(db, new Date());
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const services: AppServices = {
    db,
    now: options.now ?? (() => new Date()),
    log: options.log ?? defaultLog,
    ...(options.publicUrl ? { publicUrl: options.publicUrl.replace(/\/+$/, '') } : {}),
  };
  const app = await buildApp({
    services,
    ...(options.portalDir ? { portalDir: options.portalDir } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
  });
  let stopDelivery: (() => Promise<void>) | undefined;
  return {
    app,
    db,
    async listen(port, host = '127.0.0.1') {
      await app.listen({ port, host });
      if (options.smtp) {
        stopDelivery = startMailDelivery({ db, sender: smtpSender(options.smtp.url, options.smtp.from), log: services.log });
      }
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host;
      return `http://${shownHost}:${actualPort}`;
    },
    async close() {
      await stopDelivery?.();
      await app.close();
      await db.destroy();
    },
  };
}
