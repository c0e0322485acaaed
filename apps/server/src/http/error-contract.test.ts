import { describeEachDialect } from '@gorod/db/testing';
import { apiPath, maxBatchCalls } from '@gorod/domain';
import { expect, it } from 'vitest';
import { type RawRequest, rawRequest, rawSocket } from '../testing/raw-http.js';
import { useTestServer } from '../testing/test-server.js';

/**
 * The contract's body: tRPC's envelope carries it in `error.data` under the API path, elsewhere it is bare.
 * What Node's HTTP parser refuses is answered before any path is known, so bare too.
 */
function contractOf(path: string, body: any, refusedByParser = false) {
  const contract = path.startsWith(apiPath) && !refusedByParser ? body?.error?.data : body;
  expect(contract).toMatchObject({ code: expect.any(String), message: expect.any(String), issues: expect.any(Array) });
  expect(contract.i18nKey).toBe(`errors.${contract.code}`);
  return contract;
}

const multipartStart = Buffer.concat([
  Buffer.from('--gorod\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n\r\n'),
  Buffer.alloc(64 * 1024),
]);
const json = { 'content-type': 'application/json' };
const signIn = `${apiPath}/auth.signIn`;

/**
 * Requests that must never reach a procedure, each answered with a 4xx in the contract. `declaredLength`
 * announces a body of which only the start is sent: the answer must come without the rest being read.
 */
const refusedRequests: { name: string; request: RawRequest; status: number; code: string; refusedByParser?: true }[] = [
  ...['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'].map((method) => ({
    name: `${method} to a procedure`,
    request: { method, path: `${apiPath}/auth.me` },
    status: 405,
    code: 'METHOD_NOT_SUPPORTED',
  })),
  ...['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/octet-stream'].map((type) => ({
    name: `a body of type ${type}`,
    request: { method: 'POST', path: signIn, headers: { 'content-type': type }, body: 'email=a@example.org' },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  })),
  { name: 'a body without a type', request: { method: 'POST', path: signIn, body: '{}' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  {
    name: 'a 20 MB multipart body, before reading it',
    request: {
      method: 'POST',
      path: signIn,
      headers: { 'content-type': 'multipart/form-data; boundary=gorod' },
      body: multipartStart,
      declaredLength: 20 * 1024 * 1024,
    },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a JSON body over 4 MB, before reading it',
    request: { method: 'POST', path: signIn, headers: json, body: '{"email":"', declaredLength: 5 * 1024 * 1024 },
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  { name: 'a Host that is not a host name', request: { path: `${apiPath}/editions.current`, headers: { host: 'a b' } }, status: 400, code: 'INVALID_INPUT' },
  { name: 'a Host with a bracket', request: { path: '/api/health', headers: { host: '[x' } }, status: 400, code: 'INVALID_INPUT' },
  { name: 'a path with broken percent-encoding', request: { path: `${apiPath}/%zz` }, status: 400, code: 'INVALID_INPUT' },
  {
    name: 'a URL over 16 KB',
    request: { path: `${apiPath}/cities.list?input=${'a'.repeat(20_000)}` },
    status: 431,
    code: 'HEADERS_TOO_LARGE',
    refusedByParser: true,
  },
  {
    name: 'headers over 16 KB',
    request: { path: '/api/health', headers: { 'x-padding': 'a'.repeat(20_000) } },
    status: 431,
    code: 'HEADERS_TOO_LARGE',
    refusedByParser: true,
  },
  { name: 'PUT to a path that is not the API', request: { method: 'PUT', path: '/api/health' }, status: 404, code: 'NOT_FOUND' },
];

// Every failure reaches the caller in one shape: { code, message, i18nKey, issues[{ path, code, i18nKey }] }.
describeEachDialect('error contract over HTTP', (dialect) => {
  const api = useTestServer(dialect);

  it('answers a wrong type with 400 naming the field', async () => {
    const { status, body } = await api().rawQuery('cities.list', { limit: 'fifty' });
    expect(status).toBe(400);
    expect(body.error.data).toMatchObject({ code: 'INVALID_INPUT', i18nKey: 'errors.INVALID_INPUT', httpStatus: 400 });
    expect(body.error.data.issues).toEqual([
      expect.objectContaining({ path: ['limit'], code: 'invalid_type', i18nKey: 'errors.issue.invalid_type' }),
    ]);
  });

  it('answers a missing field with 400 naming it', async () => {
    const { status, body } = await api().rawQuery('cities.get', {});
    expect(status).toBe(400);
    expect(body.error.data.issues.map((i: { path: string[] }) => i.path)).toEqual([['id']]);
  });

  it('answers an oversized string with 400 and the maximum', async () => {
    const { status, body } = await api().rawQuery('cities.list', { search: 'я'.repeat(101) });
    expect(status).toBe(400);
    expect(body.error.data.issues[0]).toMatchObject({ path: ['search'], code: 'too_big', params: { maximum: 100 } });
  });

  it('refuses an unknown key instead of ignoring it', async () => {
    const { status, body } = await api().rawQuery('cities.list', { serch: 'Пермь' });
    expect(status).toBe(400);
    expect(body.error.data.issues[0]).toMatchObject({ path: ['serch'], code: 'unrecognized_key' });
  });

  it('answers an unknown id with 404', async () => {
    const { status, body } = await api().rawQuery('cities.get', { id: 'atlantis' });
    expect(status).toBe(404);
    expect(body.error.data.code).toBe('NOT_FOUND');
  });

  it('answers a forged cursor with 400 naming the cursor', async () => {
    const { status, body } = await api().rawQuery('cities.list', { cursor: 'bm9wZQ' });
    expect(status).toBe(400);
    expect(body.error.data.issues[0].path).toEqual(['cursor']);
  });

  it('answers malformed JSON input with 400, not 500', async () => {
    const response = await fetch(`${api().url}${apiPath}/cities.list?input=%7Bnot-json`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error.data.code).toBe('INVALID_INPUT');
  });

  it('answers an unknown procedure and an unknown endpoint with 404 in the same shape', async () => {
    const procedure = await api().rawQuery('cities.delete', { id: 'moscow' });
    expect(procedure.status).toBe(404);
    expect(procedure.body.error.data.code).toBe('NOT_FOUND');
    const response = await fetch(`${api().url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND', i18nKey: 'errors.NOT_FOUND', issues: [] });
  });

  for (const { name, request, status, code, refusedByParser } of refusedRequests) {
    it(`answers ${name} with ${status} ${code} in the contract`, async () => {
      const response = await rawRequest(api().url, request);
      expect(response.status).toBe(status);
      expect(contractOf(request.path, response.body, refusedByParser).code).toBe(code);
    });
  }

  it('lists the methods it takes beside a 405', async () => {
    const response = await rawRequest(api().url, { method: 'DELETE', path: `${apiPath}/tokens.revoke` });
    expect(response.headers.allow).toBe('GET, HEAD, POST');
  });

  it('keeps answering after refusing large bodies', async () => {
    const refused = await Promise.all(
      Array.from({ length: 4 }, () =>
        rawRequest(api().url, {
          method: 'POST',
          path: signIn,
          headers: { 'content-type': 'multipart/form-data; boundary=gorod' },
          body: multipartStart,
          declaredLength: 200 * 1024 * 1024,
        }),
      ),
    );
    expect(refused.map((r) => r.status)).toEqual([415, 415, 415, 415]);
    expect((await api().client.editions.current.query()).id).toEqual(expect.any(String));
  });

  it('answers bytes that are not HTTP with 400 in the contract and closes the connection', async () => {
    const answer = await rawSocket(api().url, 'HELLO THERE\r\n\r\n');
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(head).toMatch(/^Connection: close$/im);
    expect(contractOf('/', JSON.parse(body)).code).toBe('INVALID_INPUT');
  });

  it(`answers a batch of ${maxBatchCalls} calls and refuses one more with 400 naming the limit`, async () => {
    const batch = (n: number) => `${apiPath}/${Array(n).fill('regions.list').join(',')}?batch=1`;
    expect((await fetch(`${api().url}${batch(maxBatchCalls)}`)).status).toBe(200);
    const response = await fetch(`${api().url}${batch(maxBatchCalls + 1)}`);
    expect(response.status).toBe(400);
    const answers = (await response.json()) as any[];
    expect(answers).toHaveLength(maxBatchCalls + 1);
    expect(answers[0].error.data).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['batch'], code: 'too_big', params: { maximum: maxBatchCalls } }] });
  });

  it('refuses a batch carrying an account call, even a batch of one, before running any of it', async () => {
    const query = await fetch(`${api().url}${apiPath}/regions.list,auth.me?batch=1`);
    expect(query.status).toBe(400);
    expect(((await query.json()) as any[]).map((a) => a.error.data.message)).toEqual([
      'auth.me cannot be batched: send it in a request of its own',
      'auth.me cannot be batched: send it in a request of its own',
    ]);
    const mutation = await fetch(`${api().url}${apiPath}/auth.signIn?batch=1`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ 0: { email: 'learner@example.org', password: 'gorod-demo' } }),
    });
    expect(mutation.status).toBe(400);
    expect(mutation.headers.getSetCookie()).toEqual([]);
  });
});
