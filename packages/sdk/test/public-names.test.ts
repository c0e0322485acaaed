/**
 * The SDK's public surface changes only on purpose: the built package's runtime exports and declared
 * names must equal the reviewed list in api/public-names.txt.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const sdkDir = fileURLToPath(new URL('..', import.meta.url));

it('exports exactly the names listed in api/public-names.txt', async () => {
  const { stdout: built } = await run(process.execPath, ['scripts/public-names.mjs'], { cwd: sdkDir });
  const reviewed = await readFile(new URL('../api/public-names.txt', import.meta.url), 'utf8');
  expect(
    built,
    'The public surface of @gorod/sdk differs from api/public-names.txt. If the change is deliberate, run ' +
      '`npm run build -w @gorod/sdk && npm run api:update -w @gorod/sdk` and commit the list with it.',
  ).toBe(reviewed);
});

it('keeps the rules only the server runs out of the package', async () => {
  const sdk: Record<string, unknown> = await import('@gorod/sdk');
  for (const internal of ['decideAccess', 'validateParticipantRecords', 'fromZodError', 'pageInputFields']) {
    expect(sdk).not.toHaveProperty(internal);
  }
});
