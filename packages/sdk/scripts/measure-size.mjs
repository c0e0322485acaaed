#!/usr/bin/env node
// The SDK's size budgets, as a consumer gets them: `npm pack` the package, then let esbuild bundle what
// an app imports, with the package's dependencies (@trpc/client, zod, markdown-it) left out — a
// consumer's bundler adds those once, whoever else uses them. Not minified, gzip -9, as published.
// Run by `npm run bench`, after the build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const external = Object.keys(JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')).dependencies);

const subjects = [
  {
    name: 'sdk client entry (@gorod/sdk/client with the chunks it imports)',
    source: "export * from './dist/client.js';",
    budget: 8_000,
  },
  {
    // What an app that imports only the client from the root pays: the areas it does not use are
    // separate modules of a package without side effects, so its bundler leaves them out.
    name: 'createGorodClient imported from @gorod/sdk, tree-shaken',
    source: "export { createGorodClient, toGorodError } from './dist/index.js';",
    budget: 8_000,
  },
  {
    name: 'deriveProgress imported from @gorod/sdk/courses, tree-shaken',
    source: "export { deriveProgress } from './dist/courses.js';",
    budget: 12_000,
  },
  { name: 'the whole SDK (@gorod/sdk, every area)', source: "export * from './dist/index.js';", budget: 24_000 },
];

async function gzipBytesOf(packageDir, source) {
  const result = await build({
    stdin: { contents: source, resolveDir: packageDir, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    external,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const out = mkdtempSync(join(tmpdir(), 'gorod-sdk-size-'));
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: sdkDir, encoding: 'utf8' }));
  execFileSync('tar', ['-xzf', join(out, packed.filename), '-C', out]);
  let allOk = true;
  for (const { name, source, budget } of subjects) {
    const { raw, gzip } = await gzipBytesOf(join(out, 'package'), source);
    const ok = gzip <= budget;
    allOk &&= ok;
    console.log(`${name}: ${gzip} bytes gzip, ${raw} raw (budget ${budget} gzip) ${ok ? 'OK' : 'OVER BUDGET'}`);
  }
  console.log(`sdk tarball: ${statSync(join(out, packed.filename)).size} bytes, ${packed.entryCount} files`);
  process.exitCode = allOk ? 0 : 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
