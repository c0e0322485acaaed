import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createTestDatabaseUrl, describeEachDialect } from '@gorod/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer, type GorodServer } from '../server.js';

const script = `export const greeting = ${JSON.stringify('Здравствуйте! '.repeat(200))};\n`;
const indexHtml = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head></html>';

/** A built portal in miniature: index.html, a hashed script with its .br and .gz, a stylesheet without. */
async function fakePortal(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gorod-portal-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), indexHtml);
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dir, 'assets/index-abc123.js'), script);
  await writeFile(join(dir, 'assets/index-abc123.js.br'), brotliCompressSync(script));
  await writeFile(join(dir, 'assets/index-abc123.js.gz'), gzipSync(script));
  await writeFile(join(dir, 'assets/index-def456.css'), 'body { margin: 0 }');
  return dir;
}

describeEachDialect('the portal served as a product', (dialect) => {
  let portalDir: string;
  let server: GorodServer;
  let url: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    portalDir = await fakePortal();
    const database = await createTestDatabaseUrl(dialect);
    drop = database.drop;
    server = await createServer({ databaseUrl: database.url, portalDir, log: () => {} });
    url = await server.listen(0);
  });
  afterAll(async () => {
    await server?.close();
    await drop?.();
    await rm(portalDir, { recursive: true, force: true });
  });

  // node:http rather than fetch, which would decompress the body and hide what travelled.
  const get = (path: string, acceptEncoding?: string) =>
    new Promise<Response>((resolve, reject) => {
      const call = request(`${url}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') headers.set(name, value);
          resolve(new Response(res.statusCode === 304 ? null : Buffer.concat(chunks), { status: res.statusCode ?? 0, headers }));
        });
      });
      call.on('error', reject).end();
    });

  it('sends a hashed script brotli-compressed to a browser that accepts brotli, cached for a year', async () => {
    const response = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(script);
  });

  it('sends gzip to a client that accepts only gzip, and the plain file to one that accepts neither', async () => {
    const gzipped = await get('/assets/index-abc123.js', 'gzip');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString()).toBe(script);

    const plain = await get('/assets/index-abc123.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await plain.text()).toBe(script);
  });

  it('sends an asset that has no compressed copy as it is, still cached for a year', async () => {
    const response = await get('/assets/index-def456.css', 'br, gzip');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('has index.html, the portal routes and other files revalidated on every visit', async () => {
    for (const path of ['/', '/index.html', '/cities/perm', '/favicon.svg']) {
      const response = await get(path, 'br, gzip');
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([path, 200, 'no-cache']);
    }
    expect(await (await get('/cities/perm')).text()).toBe(indexHtml);
  });

  it('answers a hashed asset that no longer exists with 404, not with the page', async () => {
    const response = await get('/assets/index-old999.js', 'br, gzip');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
