#!/usr/bin/env node
// `npm run fuzz`: the abuse suite at full strength — FUZZ_RUNS attempts per procedure (default 10,000) on
// both dialects — printing per dialect a table of procedure, inputs tried, 2xx, 4xx, 5xx. FUZZ_SEED replays
// a run. Not part of `npm test` (it takes a long while); the JSON reporter is left out so it never
// overwrites the results `npm test` sums.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' };
const vitest = spawn('npx', ['vitest', 'run', 'src/abuse/abuse.test.ts', '--reporter=default', ...process.argv.slice(2)], {
  cwd: serverDir,
  env,
  stdio: 'inherit',
});
vitest.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
