import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SpawnedServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The built server's entry point, as `npm start` runs it. */
export const serverMain = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/**
 * Starts the built server (`dist/main.js serve --demo`) in its own process on a free port, as a user
 * would, and resolves once it prints its URL. Its DATA_DIR (where the demo's documents are written) is
 * `env.DATA_DIR`, or a temporary directory removed when it stops.
 */
export async function spawnServer(env: { DATABASE_URL: string; PORTAL_DIR?: string; DATA_DIR?: string }, args: string[] = ['serve', '--demo']): Promise<SpawnedServer> {
  const dataDir = env.DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'gorod-data-')));
  const removeDataDir = () => (env.DATA_DIR ? Promise.resolve() : rm(dataDir, { recursive: true, force: true }));
  const child = spawn(process.execPath, [serverMain, ...args], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PORTAL_DIR: env.PORTAL_DIR ?? '/nonexistent', DATABASE_URL: env.DATABASE_URL, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`The server exited (code ${code}) before listening:\n${output}`)));
  }).catch(async (error: unknown) => {
    await removeDataDir();
    throw error;
  });
  return {
    url,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        await exited;
      }
      await removeDataDir();
    },
  };
}
