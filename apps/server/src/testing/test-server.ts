import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialectName } from '@gorod/db';
import { createTestDatabaseUrl } from '@gorod/db/testing';
import { apiPath } from '@gorod/domain';
import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';
import { afterAll, beforeAll } from 'vitest';
import type { AppRouter } from '../router.js';
import { Agent } from './agent.js';
import { lastMailTo, mailedLink, type StoredMail } from './outbox.js';
import { createServer, type GorodServer } from '../server.js';

export interface TestServer {
  url: string;
  databaseUrl: string;
  /** This server's own temporary data directory (uploads go to its `uploads/`), removed afterwards. */
  dataDir: string;
  server: GorodServer;
  /** A real tRPC client over HTTP, as a third party would call the API. */
  client: TRPCClient<AppRouter>;
  /** GET a tRPC query by hand, to see the raw HTTP status and body. */
  rawQuery(path: string, input?: unknown): Promise<{ status: number; body: any }>;
  /** A fresh caller with its own cookie jar (or an API token). */
  agent(token?: string): Agent;
  /** A fresh caller signed in as a demo account. */
  signedIn(email: string, password?: string): Promise<Agent>;
  /** The outbox's newest mail to `to`, read from the table (with its link while undelivered). */
  lastMailTo(to: string): Promise<StoredMail | undefined>;
  /** The newest link of a kind mailed to `to`, read from the outbox table. */
  mailedLink(to: string, kind: 'invitation' | 'password_reset'): Promise<string>;
}

export interface TestServerOptions {
  now?: () => Date;
  trustProxy?: string;
  uploadMaxBytes?: number;
}

/** A real Gorod server on a fresh, seeded database of one dialect, listening on a free port for this block. */
export function useTestServer(dialect: DialectName, options: TestServerOptions = {}): () => TestServer {
  let current: TestServer | undefined;
  let started: GorodServer | undefined;
  let drop: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  const logged: unknown[] = [];
  beforeAll(async () => {
    const database = await createTestDatabaseUrl(dialect);
    drop = database.drop;
    dataDir = await mkdtemp(join(tmpdir(), 'gorod-data-'));
    const server = await createServer({
      databaseUrl: database.url,
      demo: true,
      dataDir,
      ...(options.uploadMaxBytes ? { uploadMaxBytes: options.uploadMaxBytes } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
      log: (_message, error) => logged.push(error),
    });
    started = server;
    const url = await server.listen(0);
    const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}${apiPath}` })] });
    current = {
      url,
      databaseUrl: database.url,
      dataDir,
      server,
      client,
      agent: (token) => new Agent(url, token),
      signedIn: (email, password) => new Agent(url).signIn(email, password),
      lastMailTo: (to) => lastMailTo(server.db, to),
      mailedLink: (to, kind) => mailedLink(server.db, to, kind),
      async rawQuery(path, input) {
        const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
        const response = await fetch(`${url}${apiPath}/${path}${query}`);
        return { status: response.status, body: await response.json() };
      },
    };
  });
  // The server (and with it its pool) closes before its database is dropped, even if listening failed.
  afterAll(async () => {
    try {
      await started?.close();
    } finally {
      await drop?.();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    }
  });
  return () => {
    if (!current) throw new Error('The test server is not ready: use it inside a test');
    return current;
  };
}
