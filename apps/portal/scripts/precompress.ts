import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Text that compresses; images and fonts in the build are compressed already.
const compressible = /\.(js|mjs|css|html|svg|json|txt)$/;
// Below about a packet, compression saves nothing a browser would notice.
const minimumBytes = 1024;

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of the build's assets, once, at build
 * time and at the highest levels, so the server sends them as they are (see the server's
 * portal-assets.ts) instead of compressing on every request or not at all.
 */
export function precompress({ dir = 'assets' }: { dir?: string } = {}): Plugin {
  let outDir = 'dist';
  return {
    name: 'gorod-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    async writeBundle() {
      const assets = join(outDir, dir);
      const files = (await readdir(assets)).filter((name) => compressible.test(name));
      await Promise.all(
        files.map(async (name) => {
          const source = await readFile(join(assets, name));
          if (source.length < minimumBytes) return;
          const [br, gz] = await Promise.all([
            brotli(source, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
              },
            }),
            gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(join(assets, `${name}.br`), br), writeFile(join(assets, `${name}.gz`), gz)]);
        }),
      );
    },
  };
}
