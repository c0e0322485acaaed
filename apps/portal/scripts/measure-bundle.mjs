#!/usr/bin/env node
// The portal's bundle budget (PERFORMANCE.md): the JS the first page loads must stay within 170 kB gzip,
// each lazily loaded chunk within 50 kB. Reads the built dist/, so run `npm run build` first.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const firstPageBudgetKb = 170;
const lazyChunkBudgetKb = 50;

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error(`No ${relative(process.cwd(), join(dist, 'index.html'))}: run \`npm run build\` first.`);
  process.exit(2);
}

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1000;
const format = (kb) => `${kb.toFixed(1)} kB`;
const localPath = (src) => src.replace(/^\//, '').split(/[?#]/)[0];

// The entry script and every chunk it preloads are what the browser fetches before the first render.
const firstPage = new Set();
for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
  const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
  if (src && /\btype="module"/.test(tag) && !/^https?:/.test(src)) firstPage.add(localPath(src));
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
  const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
  if (href && /\brel="modulepreload"/.test(tag) && !/^https?:/.test(href)) firstPage.add(localPath(href));
}
if (firstPage.size === 0) {
  console.error('dist/index.html loads no module script: is this a Vite build?');
  process.exit(2);
}

let failed = false;
const firstPageKb = [...firstPage].reduce((sum, file) => sum + gzipKb(file), 0);
const firstPageOk = firstPageKb <= firstPageBudgetKb;
failed ||= !firstPageOk;
console.log(
  `portal first-page JS: ${format(firstPageKb)} gzip (budget ${firstPageBudgetKb} kB) ${firstPageOk ? 'OK' : 'OVER BUDGET'}`,
);
for (const file of firstPage) console.log(`  ${file}: ${format(gzipKb(file))}`);

const lazyChunks = readdirSync(join(dist, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `assets/${name}`)
  .filter((file) => !firstPage.has(file))
  .sort();
for (const file of lazyChunks) {
  const kb = gzipKb(file);
  const ok = kb <= lazyChunkBudgetKb;
  failed ||= !ok;
  console.log(`portal lazy chunk ${file}: ${format(kb)} gzip (budget ${lazyChunkBudgetKb} kB) ${ok ? 'OK' : 'OVER BUDGET'}`);
}

process.exitCode = failed ? 1 : 0;
