import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDb } from '@gorod/db';
import { createTestDatabaseUrl, describeEachDialect } from '@gorod/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serverMain, spawnServer } from '../testing/spawn-server.js';
import { checkedUploadType } from './content-type.js';
import { TextCheck } from './text-check.js';

const run = promisify(execFile);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The built CLI's `seed --demo` into this database and data directory, as an operator runs it. */
const seedDemo = (env: { DATABASE_URL: string; DATA_DIR: string }) =>
  run(process.execPath, [serverMain, 'seed', '--demo'], { env: { ...process.env, ...env }, encoding: 'utf8' });

describeEachDialect('the demo courses’ documents', (dialect) => {
  let env: { DATABASE_URL: string; DATA_DIR: string };
  let drop: () => Promise<void>;
  let uploads: Array<{ id: string; file_name: string; media_type: string; size: number; sha256: string }>;

  beforeAll(async () => {
    const database = await createTestDatabaseUrl(dialect);
    drop = database.drop;
    env = { DATABASE_URL: database.url, DATA_DIR: await mkdtemp(join(tmpdir(), 'gorod-demo-documents-')) };
    await seedDemo(env);
    const db = createDb({ url: env.DATABASE_URL });
    try {
      uploads = await db.selectFrom('uploads').select(['id', 'file_name', 'media_type', 'size', 'sha256']).orderBy('id').execute();
    } finally {
      await db.destroy();
    }
  });

  afterAll(async () => {
    await drop();
    await rm(env.DATA_DIR, { recursive: true, force: true });
  });

  it('writes one document per demo course into DATA_DIR/uploads, each the bytes its upload row describes', async () => {
    expect(uploads.length).toBeGreaterThanOrEqual(3);
    expect((await readdir(join(env.DATA_DIR, 'uploads'))).filter((name) => name !== 'incoming').sort()).toEqual(uploads.map((u) => u.id));
    for (const upload of uploads) {
      const bytes = await readFile(join(env.DATA_DIR, 'uploads', upload.id));
      expect(bytes.byteLength).toBe(upload.size);
      expect(sha256(bytes)).toBe(upload.sha256);
    }
    // Nothing left half-written on the way.
    expect(await readdir(join(env.DATA_DIR, 'uploads', 'incoming'))).toEqual([]);
  });

  it('seeds documents that the upload check itself would accept under their names and types', async () => {
    for (const upload of uploads) {
      const path = join(env.DATA_DIR, 'uploads', upload.id);
      const text = new TextCheck();
      text.push(await readFile(path));
      expect(text.isText()).toBe(true);
      const type = await checkedUploadType(path, { fileName: upload.file_name, declared: undefined, isText: true });
      expect(type.mediaType).toBe(upload.media_type);
    }
  });

  it('serves each seeded document at /uploads/<id> as a download, byte for byte', async () => {
    const server = await spawnServer({ DATABASE_URL: env.DATABASE_URL, DATA_DIR: env.DATA_DIR }, ['serve']);
    try {
      for (const upload of uploads) {
        const response = await fetch(`${server.url}/uploads/${upload.id}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(`${upload.media_type}; charset=utf-8`);
        expect(response.headers.get('content-disposition')).toMatch(/^attachment; .*filename\*=UTF-8''/);
        expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(upload.sha256);
      }
    } finally {
      await server.stop();
    }
  });

  it('writes nothing on a second `seed --demo`', async () => {
    const before = await Promise.all(uploads.map((u) => stat(join(env.DATA_DIR, 'uploads', u.id))));
    const { stdout } = await seedDemo(env);
    expect(stdout).toContain('The demo courses are already there');
    const after = await Promise.all(uploads.map((u) => stat(join(env.DATA_DIR, 'uploads', u.id))));
    expect(after.map((s) => [s.ino, s.mtimeMs])).toEqual(before.map((s) => [s.ino, s.mtimeMs]));
  });
});
