#!/usr/bin/env node
// `npm test`: every package's type-check, lint and tests through turbo, with ONE PostgreSQL for the whole
// run (TEST_DATABASE_URL when given, otherwise one embedded server), then one closing line:
// `tests: N passed, M failed`, summed from each package's vitest JSON report, with every failed or crashed
// turbo task counted as a failure too (scripts/test-summary.mjs). Turbo goes on past a failed task, so
// one package's failure never hides another's tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run as runNodeTests } from 'node:test';
import { summarize } from './test-summary.mjs';

const root = new URL('..', import.meta.url).pathname;
const turbo = join(root, 'node_modules/.bin/turbo');
const packageDirs = ['packages', 'apps', 'examples'].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
).filter((dir) => existsSync(join(dir, 'package.json')));
for (const dir of packageDirs) rmSync(join(dir, '.test-results'), { recursive: true, force: true });

// The summary's own tests, first: a closing line is only as honest as the code that sums it.
const own = { passed: 0, failed: 0 };
for await (const event of runNodeTests({ files: [join(root, 'scripts/test-summary.test.mjs')] })) {
  if (event.data?.details?.type === 'suite') continue;
  if (event.type === 'test:pass') own.passed += 1;
  if (event.type === 'test:fail') {
    own.failed += 1;
    console.error(`scripts/test-summary.test.mjs: ${event.data.name} failed`, event.data.details?.error ?? '');
  }
}

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
let supervisor;
if (!process.env.TEST_DATABASE_URL) {
  // The supervisor lives in @gorod/db's build; build just that first.
  const built = spawnSync(turbo, ['run', 'build', '--filter=@gorod/db', '--output-logs=errors-only'], { stdio: 'inherit', env });
  if (built.status !== 0) {
    closeWith({ passed: own.passed, failed: own.failed + 1, problems: ['building @gorod/db (for the PostgreSQL supervisor) failed'] });
    process.exit(built.status ?? 1);
  }
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

const runsDir = join(root, '.turbo/runs');
const summariesBefore = new Set(existsSync(runsDir) ? readdirSync(runsDir) : []);
const args = ['run', 'typecheck', 'lint', 'test', '--output-logs=new-only', '--continue=dependencies-successful', '--summarize', ...process.argv.slice(2)];
const child = spawn(turbo, args, { stdio: 'inherit', env });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
const code = await new Promise((resolve) => child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
if (supervisor) {
  supervisor.stdin.end();
  await new Promise((resolve) => supervisor.once('exit', resolve));
}

// This run's summary is the file turbo just wrote under .turbo/runs.
const written = existsSync(runsDir) ? readdirSync(runsDir).filter((name) => !summariesBefore.has(name) && name.endsWith('.json')) : [];
const runSummary = written.length === 1 ? JSON.parse(readFileSync(join(runsDir, written[0]), 'utf8')) : undefined;
for (const name of written) rmSync(join(runsDir, name));

const reports = new Map(
  packageDirs.map((dir) => {
    const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = join(dir, '.test-results/vitest.json');
    try {
      return [name, JSON.parse(readFileSync(file, 'utf8'))];
    } catch {
      return [name, undefined]; // missing, or cut short by a crash: its test task counts as failed
    }
  }),
);
const { passed, failed, problems } = summarize({ run: runSummary, reports, turboExit: code, extra: own });
closeWith({ passed, failed, problems });
process.exit(code !== 0 ? code : failed > 0 ? 1 : 0);

/** Prints what failed, then the one closing line (also kept in .test-results/summary.txt). */
function closeWith({ passed, failed, problems }) {
  for (const problem of problems) console.error(`failed: ${problem}`);
  const summary = `tests: ${passed} passed, ${failed} failed`;
  mkdirSync(join(root, '.test-results'), { recursive: true });
  writeFileSync(join(root, '.test-results/summary.txt'), `${summary}\n`);
  console.log(summary);
}
