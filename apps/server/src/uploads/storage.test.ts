import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { sweepAbandonedUploads, uploadStorage } from './storage.js';

let dataDir: string | undefined;
afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it('removes partial uploads a stopped process left a day ago, and keeps the ones still arriving', async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'gorod-sweep-'));
  const storage = uploadStorage(dataDir);
  await mkdir(storage.incomingDir, { recursive: true });
  const now = new Date();
  await writeFile(join(storage.incomingDir, 'abandoned.part'), 'half a file');
  const twoDaysAgo = new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000);
  await utimes(join(storage.incomingDir, 'abandoned.part'), twoDaysAgo, twoDaysAgo);
  await writeFile(join(storage.incomingDir, 'arriving.part'), 'the start of a file');

  expect(await sweepAbandonedUploads(storage, now)).toBe(1);
  expect(await readdir(storage.incomingDir)).toEqual(['arriving.part']);
});

it('has nothing to sweep before the first upload', async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'gorod-sweep-'));
  expect(await sweepAbandonedUploads(uploadStorage(dataDir), new Date())).toBe(0);
});
