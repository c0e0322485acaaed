#!/usr/bin/env node
// `npm test`: every package's type-check, lint and tests through turbo, with ONE PostgreSQL for the whole
// run (TEST_DATABASE_URL when given, otherwise one embedded server), then one closing line:
// `tests: N passed, M failed`, summed from each package's vitest JSON report.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const turbo = join(root, 'node_modules/.bin/turbo');
const reportDirs = ['packages', 'apps', 'examples'].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name, '.test-results')) : [],
);
for (const dir of reportDirs) rmSync(dir, { recursive: true, force: true });

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
let supervisor;
if (!process.env.TEST_DATABASE_URL) {
  // The supervisor lives in @gorod/db's build; build just that first.
  const built = spawnSync(turbo, ['run', 'build', '--filter=@gorod/db', '--output-logs=errors-only'], { stdio: 'inherit', env });
  if (built.status !== 0) process.exit(built.status ?? 1);
  supervisor = spawn(process.execPath, [join(root, 'packages/db/dist/testing/pg-supervisor.js')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const { port } = await new Promise((resolve, reject) => {
    let buffered = '';
    supervisor.stdout.on('data', (chunk) => {
      buffered += chunk;
      if (buffered.includes('\n')) resolve(JSON.parse(buffered.slice(0, buffered.indexOf('\n'))));
    });
    supervisor.once('exit', (code) => reject(new Error(`PostgreSQL did not start (supervisor exited ${code})`)));
  });
  // Not TEST_DATABASE_URL: turbo hashes that one, and a fresh port each run would defeat the test cache.
  env.GOROD_SHARED_PG_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

const args = ['run', 'typecheck', 'lint', 'test', '--output-logs=new-only', ...process.argv.slice(2)];
const child = spawn(turbo, args, { stdio: 'inherit', env });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
const code = await new Promise((resolve) => child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
if (supervisor) {
  supervisor.stdin.end();
  await new Promise((resolve) => supervisor.once('exit', resolve));
}

let passed = 0;
let failed = 0;
for (const dir of reportDirs) {
  const file = join(dir, 'vitest.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
const summary = `tests: ${passed} passed, ${failed} failed`;
mkdirSync(join(root, '.test-results'), { recursive: true });
writeFileSync(join(root, '.test-results/summary.txt'), `${summary}\n`);
console.log(summary);
process.exit(code !== 0 ? code : failed > 0 ? 1 : 0);
