import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import './provided-context.js';

/**
 * Vitest global setup: PostgreSQL for the run — `TEST_DATABASE_URL` when set, otherwise one throwaway
 * embedded server started by the supervisor process beside this file.
 */
export default async function setup(project: TestProject) {
  // TEST_DATABASE_URL is the user's own server; GOROD_SHARED_PG_URL is the one `npm test` started for all packages.
  const given = process.env.TEST_DATABASE_URL ?? process.env.GOROD_SHARED_PG_URL;
  if (given) {
    project.provide('pgAdminUrl', given);
    return;
  }
  const supervisor = fileURLToPath(new URL('./pg-supervisor.js', import.meta.url));
  const child = spawn(process.execPath, [supervisor], { stdio: ['pipe', 'pipe', 'inherit'] });
  const ready = await new Promise<{ port: number }>((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk;
      const newline = buffered.indexOf('\n');
      if (newline >= 0) resolve(JSON.parse(buffered.slice(0, newline)));
    });
    child.once('exit', (code) => reject(new Error(`The PostgreSQL supervisor exited early (code ${code})`)));
  });
  project.provide('pgAdminUrl', `postgres://postgres:postgres@127.0.0.1:${ready.port}/postgres`);

  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGTERM'), 10_000);
    await exited;
    clearTimeout(timer);
  };
}
