#!/usr/bin/env node
// The SDK's size budget, as a consumer gets it: `npm pack` the package and gzip its client entry,
// dist/index.js (the client, the domain's schemas and rules; @trpc/client and zod are dependencies a
// consumer's bundler adds once, whoever else uses them). Run by `npm run bench`, after the build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const entryBudgetBytes = 8_000;

const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'gorod-sdk-size-'));
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: sdkDir, encoding: 'utf8' }));
  execFileSync('tar', ['-xzf', join(out, packed.filename), '-C', out]);
  const entry = readFileSync(join(out, 'package', 'dist', 'index.js'));
  const gzipBytes = gzipSync(entry, { level: 9 }).length;
  const ok = gzipBytes <= entryBudgetBytes;
  console.log(
    `sdk client entry (packed dist/index.js): ${gzipBytes} bytes gzip, ${entry.length} raw ` +
      `(budget ${entryBudgetBytes} gzip) ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  console.log(`sdk tarball: ${statSync(join(out, packed.filename)).size} bytes, ${packed.entryCount} files`);
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
