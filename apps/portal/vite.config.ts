/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';
import { precompress } from './scripts/precompress';

// Workspace packages are read from source through this export condition (SEAMS.md): the browser build
// uses resolve.conditions, vitest (Vite's SSR environment) uses ssr.resolve.conditions.
const source = '@gorod/source';

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        advancedChunks: {
          // zod and the module that switches it to jitless share one chunk, so whichever chunk first needs
          // zod also runs the switch before any schema exists: the CSP forbids eval, and zod probes for it.
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|lib[\\/]zod-without-eval/ },
            // What every page runs before it renders, in one chunk: split into a dozen small files (as
            // rolldown does once two lazy pages share a piece) it costs several kB more gzip.
            { name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-intl|@formatjs|intl-messageformat|@tanstack|@trpc)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    // Unit tests sit beside the helpers they test; end-to-end tests drive the built portal in Chromium.
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: [fileURLToPath(import.meta.resolve('@gorod/db/testing/global-setup'))],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
  },
});
