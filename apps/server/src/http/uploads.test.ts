import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describeEachDialect } from '@gorod/db/testing';
import { csrfCookieName, csrfHeaderName } from '@gorod/domain';
import { expect, it, vi } from 'vitest';
import type { Agent } from '../testing/agent.js';
import { rawRequest } from '../testing/raw-http.js';
import { useTestServer } from '../testing/test-server.js';

/** One stored (uncompressed) entry of a zip archive: its local header, name and bytes. */
function zipEntry(name: string, content: string): Buffer {
  const nameBytes = Buffer.from(name);
  const data = Buffer.from(content);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, data]);
}

const wordContentTypes =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** Small but real files: each opens with its format's signature, as file-type reads it. */
const files = {
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  // An ISO base media file: an `ftyp` box of brand isom, then an `mdat` box of 64 bytes that differ.
  mp4: Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypisom'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2'),
    Buffer.from([0, 0, 0, 72]),
    Buffer.from('mdat'),
    Buffer.from(Array.from({ length: 64 }, (_, i) => i)),
  ]),
  docx: Buffer.concat([zipEntry('[Content_Types].xml', wordContentTypes), zipEntry('word/document.xml', '<w:document/>')]),
  odt: Buffer.concat([zipEntry('mimetype', 'application/vnd.oasis.opendocument.text'), zipEntry('content.xml', '<office:document-content/>')]),
  zip: zipEntry('readme.txt', 'a plain archive'),
  csv: Buffer.from('\uFEFFгород,регион\nПермь,Пермский край\n'),
  html: Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]), Buffer.alloc(100)]),
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const uploadUrl = (base: string, name: string) => `${base}/api/uploads?name=${encodeURIComponent(name)}`;

async function upload(agent: Agent, name: string, body: Buffer, contentType = 'application/octet-stream') {
  const response = await agent.fetch(uploadUrl(agent.baseUrl, name), { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, body: (await response.json()) as any, headers: response.headers };
}

/**
 * An upload whose body the test writes chunk by chunk over node:http (chunked, no Content-Length), as a
 * slow phone would send it, with the agent's cookies and CSRF header.
 */
function streamingUpload(agent: Agent, name: string) {
  const headers = {
    cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    [csrfHeaderName]: agent.cookies.get(csrfCookieName) ?? '',
    'content-type': 'application/pdf',
  };
  const req = request(uploadUrl(agent.baseUrl, name), { method: 'POST', headers, agent: false });
  const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
  });
  return { req, response };
}

describeEachDialect('course uploads over HTTP', (dialect) => {
  const limit = 64 * 1024;
  const api = useTestServer(dialect, { uploadMaxBytes: limit });
  const instructor = () => api().signedIn('instructor@example.org');

  const uploadsDir = () => join(api().dataDir, 'uploads');
  /** What is in the incoming directory: partial uploads still arriving. */
  const incoming = async () => readdir(join(uploadsDir(), 'incoming')).catch(() => [] as string[]);
  /** Everything stored: the uploads' rows and their files (the incoming directory aside). */
  async function stored() {
    const rows = await api().server.db.selectFrom('uploads').select('id').orderBy('id').execute();
    const names = await readdir(uploadsDir()).catch(() => [] as string[]);
    return { rows: rows.map((r) => r.id), files: names.filter((n) => n !== 'incoming').sort(), incoming: await incoming() };
  }

  it('takes a PDF, a PNG and an MP4 from an instructor and serves each back byte for byte with its checked type', async () => {
    const agent = await instructor();
    const cases = [
      // RFC 6266: documents are downloaded, under an ASCII fallback name and the real one in UTF-8.
      {
        name: 'Программа форума.pdf',
        bytes: files.pdf,
        type: 'application/pdf',
        disposition: `attachment; filename="????????? ??????.pdf"; filename*=UTF-8''${encodeURIComponent('Программа форума.pdf')}`,
      },
      { name: 'schema.PNG', bytes: files.png, type: 'image/png', disposition: 'inline; filename=schema.PNG' },
      { name: 'lecture.mp4', bytes: files.mp4, type: 'video/mp4', disposition: 'inline; filename=lecture.mp4' },
    ];
    for (const { name, bytes, type, disposition } of cases) {
      const sent = await upload(agent, name, bytes, type);
      expect(sent.status).toBe(200);
      expect(sent.headers.get('cache-control')).toBe('no-store');
      const { id } = sent.body;
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(sent.body).toEqual({ id, fileName: name, mediaType: type, size: bytes.length, url: `/uploads/${id}` });
      const row = await api().server.db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ file_name: name, media_type: type, size: bytes.length, sha256: sha256(bytes) });

      // Anyone holding the link reads it: no cookie here.
      const served = await fetch(`${api().url}${sent.body.url}`);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
      expect(served.headers.get('content-type')).toBe(type);
      expect(served.headers.get('content-length')).toBe(String(bytes.length));
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect(served.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
      expect(served.headers.get('accept-ranges')).toBe('bytes');
      expect(served.headers.get('content-disposition')).toBe(disposition);
    }
  });

  it('serves a byte range of a video with 206 and Content-Range, its size to HEAD, and 416 in the contract past its end', async () => {
    const agent = await instructor();
    const { url } = (await upload(agent, 'range.mp4', files.mp4, 'video/mp4')).body;
    const size = files.mp4.length;

    const part = await fetch(`${api().url}${url}`, { headers: { range: 'bytes=24-39' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 24-39/${size}`);
    expect(part.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await part.arrayBuffer()).equals(files.mp4.subarray(24, 40))).toBe(true);

    const tail = await fetch(`${api().url}${url}`, { headers: { range: 'bytes=-8' } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(files.mp4.subarray(size - 8))).toBe(true);

    const head = await rawRequest(api().url, { method: 'HEAD', path: url });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(size));
    expect(head.headers['content-type']).toBe('video/mp4');
    expect(head.body).toBeUndefined();

    // A player revalidating what it holds gets 304; a resumed download whose If-Range still matches gets its range.
    const etag = part.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    // (over node:http: fetch adds Cache-Control: no-cache to a conditional request, which asks for the bytes)
    expect((await rawRequest(api().url, { path: url, headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(`${api().url}${url}`, { headers: { range: 'bytes=0-3', 'if-range': etag } })).status).toBe(206);

    const past = await fetch(`${api().url}${url}`, { headers: { range: `bytes=${size}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${size}`);
    expect(await past.json()).toMatchObject({ code: 'RANGE_NOT_SATISFIABLE', i18nKey: 'errors.RANGE_NOT_SATISFIABLE', details: { size } });
  });

  it('answers an unknown or malformed upload id with 404 in the error contract', async () => {
    for (const path of [`/uploads/${'0'.repeat(32)}`, '/uploads/abc', '/uploads/..%2F..%2Fetc%2Fpasswd', '/uploads/incoming']) {
      const response = await fetch(`${api().url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'NOT_FOUND', issues: [{ path: ['id'], code: 'not_found' }] });
    }
  });

  it('refuses anonymous callers, learners, API tokens and a session without the CSRF header, storing nothing', async () => {
    const before = await stored();
    const anonymous = await upload(api().agent(), 'a.pdf', files.pdf);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED', i18nKey: 'errors.UNAUTHENTICATED', issues: [] });

    const learner = await upload(await api().signedIn('learner@example.org'), 'a.pdf', files.pdf);
    expect(learner.status).toBe(403);
    expect(learner.body.code).toBe('FORBIDDEN');

    const { secret } = await (await instructor()).client.tokens.create.mutate({ name: 'uploader', scopes: ['catalog:read'] });
    const token = await upload(api().agent(secret), 'a.pdf', files.pdf);
    expect(token.status).toBe(403);
    expect(token.body.code).toBe('FORBIDDEN');

    const forged = await instructor();
    forged.sendCsrf = false;
    const withoutCsrf = await upload(forged, 'a.pdf', files.pdf);
    expect(withoutCsrf.status).toBe(403);
    expect(withoutCsrf.body).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining(csrfHeaderName) });
    expect(await stored()).toEqual(before);
  });

  it('refuses content that is not an allowed type, or not the type its name or Content-Type says, with 415 and an issue', async () => {
    const agent = await instructor();
    const before = await stored();
    const refusals = [
      { name: 'agenda.pdf', bytes: files.html, type: 'application/pdf', issue: { path: ['body'], code: 'unsupported_file_type' } },
      { name: 'logo.png', bytes: files.svg, type: 'image/png', issue: { path: ['body'], code: 'unsupported_file_type' } },
      { name: 'setup.pdf', bytes: files.exe, type: 'application/pdf', issue: { path: ['body'], code: 'unsupported_file_type' } },
      { name: 'notes.txt', bytes: files.html, type: 'text/plain', issue: { path: ['body'], code: 'unsupported_file_type' } },
      { name: 'empty.txt', bytes: Buffer.alloc(0), type: 'text/plain', issue: { path: ['body'], code: 'unsupported_file_type' } },
      { name: 'page.html', bytes: files.html, type: 'text/html', issue: { path: ['body'], code: 'unsupported_file_type' } },
      { name: 'photo.pdf', bytes: files.png, type: 'application/octet-stream', issue: { path: ['name'], code: 'file_type_mismatch' } },
      { name: 'photo.png', bytes: files.png, type: 'application/pdf', issue: { path: ['contentType'], code: 'file_type_mismatch' } },
    ];
    for (const { name, bytes, type, issue } of refusals) {
      const refused = await upload(agent, name, bytes, type);
      expect({ name, status: refused.status }).toEqual({ name, status: 415 });
      expect(refused.body).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        i18nKey: 'errors.UNSUPPORTED_MEDIA_TYPE',
        issues: [{ ...issue, i18nKey: `errors.issue.${issue.code}` }],
      });
    }
    expect(await stored()).toEqual(before);
  });

  it('takes Word and OpenDocument files by what their archive holds, sent with or without a Content-Type, and refuses a plain zip', async () => {
    const agent = await instructor();
    const post = (name: string, body: Buffer) => agent.fetch(uploadUrl(agent.baseUrl, name), { method: 'POST', body });
    const docx = await post('Шаблон отчёта.docx', files.docx);
    expect(docx.status).toBe(200);
    expect(((await docx.json()) as { mediaType: string }).mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const odt = await upload(agent, 'report.odt', files.odt, 'application/vnd.oasis.opendocument.text');
    expect(odt.status).toBe(200);
    expect(odt.body.mediaType).toBe('application/vnd.oasis.opendocument.text');
    expect((await fetch(`${api().url}${odt.body.url}`)).headers.get('content-disposition')).toBe('attachment; filename=report.odt');

    const before = await stored();
    const zip = await upload(agent, 'report.docx', files.zip);
    expect(zip.status).toBe(415);
    expect(zip.body.issues).toEqual([expect.objectContaining({ path: ['body'], code: 'unsupported_file_type' })]);
    const renamed = await upload(agent, 'report.odt', files.docx);
    expect(renamed.status).toBe(415);
    expect(renamed.body.issues).toEqual([expect.objectContaining({ path: ['name'], code: 'file_type_mismatch' })]);
    expect(await stored()).toEqual(before);
  });

  it('takes UTF-8 CSV text and serves it for download as text/csv in UTF-8', async () => {
    const sent = await upload(await instructor(), 'участники.csv', files.csv, 'application/vnd.ms-excel');
    expect(sent.status).toBe(200);
    expect(sent.body.mediaType).toBe('text/csv');
    const served = await fetch(`${api().url}${sent.body.url}`);
    expect(served.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(served.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(Buffer.from(await served.arrayBuffer()).equals(files.csv)).toBe(true);
  });

  it('refuses a missing, folder-bearing or overlong name and unknown query keys with 400 at the field', async () => {
    const agent = await instructor();
    const post = (query: string) => agent.fetch(`${agent.baseUrl}/api/uploads${query}`, { method: 'POST', body: files.pdf });
    const cases = [
      { query: '', path: ['name'] },
      { query: '?name=', path: ['name'] },
      { query: `?name=${encodeURIComponent('../secret.pdf')}`, path: ['name'] },
      { query: `?name=${'a'.repeat(300)}.pdf`, path: ['name'] },
      { query: '?name=a.pdf&owner=someone', path: ['owner'] },
    ];
    for (const { query, path } of cases) {
      const response = await post(query);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      const { code, issues } = (await response.json()) as { code: string; issues: { path: string[] }[] };
      expect(code).toBe('INVALID_INPUT');
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.path).toEqual(path);
    }
  });

  it('refuses a body declared larger than the limit with 413 before reading it', async () => {
    const agent = await instructor();
    const before = await stored();
    const refused = await rawRequest(api().url, {
      method: 'POST',
      path: `/api/uploads?name=big.mp4`,
      headers: {
        cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        [csrfHeaderName]: agent.cookies.get(csrfCookieName) ?? '',
        'content-type': 'video/mp4',
      },
      body: files.mp4,
      declaredLength: limit + 1,
    });
    expect(refused.status).toBe(413);
    expect(refused.headers.connection).toBe('close');
    expect(refused.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      issues: [{ path: ['body'], code: 'too_big', params: { maximum: limit, origin: 'file' } }],
    });
    expect(await stored()).toEqual(before);
  });

  it('streams a body to a temporary file as it arrives and, once it passes the limit, answers 413 and keeps no file and no row', async () => {
    const agent = await instructor();
    const before = await stored();
    const { req, response } = streamingUpload(agent, 'long.pdf');
    req.write(files.pdf);
    req.write(Buffer.alloc(limit / 2, 0x20));
    // The first half is on disk while the request is still open: the handler writes as it reads.
    await vi.waitFor(
      async () => {
        const [part] = await incoming();
        expect(part).toMatch(/\.part$/);
        expect((await stat(join(uploadsDir(), 'incoming', part!))).size).toBeGreaterThan(limit / 4);
      },
      { timeout: 10_000 },
    );
    req.on('error', () => {});
    req.write(Buffer.alloc(limit, 0x20));
    const refused = await response;
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', issues: [{ path: ['body'], code: 'too_big' }] });
    expect(await stored()).toEqual(before);
  });

  it('keeps no file and no row of an upload whose client goes away mid-body', async () => {
    const agent = await instructor();
    const before = await stored();
    const { req, response } = streamingUpload(agent, 'dropped.pdf');
    response.catch(() => {});
    req.write(files.pdf);
    req.write(Buffer.alloc(4096, 0x20));
    await vi.waitFor(async () => expect(await incoming()).toHaveLength(1), { timeout: 10_000 });
    req.destroy();
    await vi.waitFor(async () => expect(await incoming()).toEqual([]), { timeout: 10_000 });
    expect(await stored()).toEqual(before);
    // The server is unharmed: the next upload goes through.
    expect((await upload(agent, 'after.pdf', files.pdf)).status).toBe(200);
  });
});
