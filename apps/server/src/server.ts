import { resolve } from 'node:path';
import { createDb, type Db, migrateToLatest, seedDemo, seedDirectory } from '@gorod/db';
import type { FastifyInstance } from 'fastify';
import type { AppServices } from './context.js';
import { seedDemoAccounts } from './auth/demo-accounts.js';
import { listeningUrl } from './config.js';
import { buildApp } from './http/app.js';
import { consoleSender } from './mail/console-sender.js';
import { startMailDelivery } from './mail/delivery.js';
import { smtpSender } from './mail/sender.js';
import { sweepAbandonedUploads, uploadStorage } from './uploads/storage.js';

export interface ServerOptions {
  databaseUrl: string;
  portalDir?: string;
  /** Seed the demo forum (edition, delegations) and the demo accounts into an empty database. */
  demo?: boolean;
  /**
   * The address people open, for links in mail. Default: the address `listen` was given (localhost for
   * 0.0.0.0 and ::). Never taken from a request: a forged Host header must not redirect a mailed link.
   */
  publicUrl?: string;
  /** Trusted proxies, see AppOptions. */
  trustProxy?: string;
  /** The data directory; course uploads go to its `uploads/` (created at the first upload). Default: `./data`. */
  dataDir?: string;
  /** Bytes per upload (default 200 MiB). */
  uploadMaxBytes?: number;
  /** Deliver the outbox through this SMTP server; without it, mail stays in the outbox (or is printed, see `printMail`). */
  smtp?: { url: string; from: string };
  /** Development mode without SMTP: deliver each message by printing it, link included, to stdout. */
  printMail?: boolean;
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
    // Until `listen` knows the port; nothing is served before then.
    publicUrl: options.publicUrl?.replace(/\/+$/, '') ?? 'http://localhost',
  };
  const uploads = uploadStorage(resolve(options.dataDir ?? 'data'), options.uploadMaxBytes);
  await sweepAbandonedUploads(uploads, services.now());
  const app = await buildApp({
    services,
    ...(options.portalDir ? { portalDir: options.portalDir } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    uploads,
  });
  let stopDelivery: (() => Promise<void>) | undefined;
  return {
    app,
    db,
    async listen(port, host = '127.0.0.1') {
      await app.listen({ port, host });
      const sender = options.smtp ? smtpSender(options.smtp.url, options.smtp.from) : options.printMail ? consoleSender() : undefined;
      if (sender) stopDelivery = startMailDelivery({ db, sender, log: services.log });
      const address = app.server.address();
      const url = listeningUrl(host, typeof address === 'object' && address ? address.port : port);
      if (!options.publicUrl) services.publicUrl = url;
      return url;
    },
    async close() {
      await stopDelivery?.();
      await app.close();
      await db.destroy();
    },
  };
}
