import { fileURLToPath } from 'node:url';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  ssr: { resolve: { conditions: ['@gorod/source', ...defaultServerConditions] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: [fileURLToPath(import.meta.resolve('@gorod/db/testing/global-setup'))],
    testTimeout: 20_000,
    hookTimeout: 240_000,
    reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
  },
});
