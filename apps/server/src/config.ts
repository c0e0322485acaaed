import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { defaultUploadMaxBytes } from './uploads/storage.js';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z.string().min(1).optional(),
  PORTAL_DIR: z.string().min(1).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  TRUST_PROXY: z.string().min(1).optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'Use smtp://user:pass@host:587 or smtps://…').optional(),
  MAIL_FROM: z.string().min(3).default('Gorod <no-reply@localhost>'),
  // An upload's size is an integer column on both dialects: below 2 GiB.
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).max(2 ** 31 - 1).default(defaultUploadMaxBytes),
});

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** Where the built portal is; the server answers only the API when it is missing. */
  portalDir: string;
  publicUrl: string | undefined;
  trustProxy: string | undefined;
  smtp: { url: string; from: string } | undefined;
  /** DATA_DIR, resolved: the SQLite file's default home and where uploads are kept. */
  dataDir: string;
  uploadMaxBytes: number;
}

/**
 * The address a person opens to reach a server listening on `host`:`port`. Mailed links use it when
 * PUBLIC_URL is unset — it comes from how the server was started, never from a request's headers.
 */
export function listeningUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

/** Reads the environment; a bad value stops the server with a message naming the variable. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Bad environment: ${problems}`);
  }
  const { PORT, HOST, DATA_DIR, DATABASE_URL, PORTAL_DIR, PUBLIC_URL, TRUST_PROXY, SMTP_URL, MAIL_FROM, UPLOAD_MAX_BYTES } = parsed.data;
  return {
    port: PORT,
    host: HOST,
    databaseUrl: DATABASE_URL ?? `sqlite:${resolve(DATA_DIR, 'gorod.db')}`,
    portalDir: PORTAL_DIR ? resolve(PORTAL_DIR) : fileURLToPath(new URL('../../portal/dist', import.meta.url)),
    publicUrl: PUBLIC_URL?.replace(/\/+$/, ''),
    trustProxy: TRUST_PROXY,
    smtp: SMTP_URL ? { url: SMTP_URL, from: MAIL_FROM } : undefined,
    dataDir: resolve(DATA_DIR),
    uploadMaxBytes: UPLOAD_MAX_BYTES,
  };
}
