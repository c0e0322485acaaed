import { once } from 'node:events';
import { createServer } from 'node:net';
import { GorodError } from '@gorod/domain';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { apiUrlOf, createGorodClient } from './create-client.js';
import { toGorodError } from './to-gorod-error.js';

describe('createGorodClient', () => {
  it('takes the address as copied from the browser and adds the API path', () => {
    expect(apiUrlOf('https://forum.example.org')).toBe('https://forum.example.org/api/trpc');
    expect(apiUrlOf('http://localhost:3000/')).toBe('http://localhost:3000/api/trpc');
    expect(apiUrlOf('https://example.org/gorod/?lang=ru')).toBe('https://example.org/gorod/api/trpc');
  });

  it('explains an address it cannot use', () => {
    expect(() => apiUrlOf('forum.example.org')).toThrowError(/not an address/);
    expect(() => apiUrlOf('ftp://forum.example.org')).toThrowError(/http:\/\/ or https:\/\//);
  });

  it('sends the token as a bearer header to the API path', async () => {
    const calls: { url: string; authorization: string | null }[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
      return new Response(JSON.stringify([{ result: { data: [] } }]), { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const client = createGorodClient({ url: 'https://forum.example.org', token: 'gorod_abc.def', fetch });
    await client.regions.list.query();
    expect(calls).toEqual([
      { url: 'https://forum.example.org/api/trpc/regions.list?batch=1&input=%7B%7D', authorization: 'Bearer gorod_abc.def' },
    ]);
  });

  it('echoes the CSRF cookie in a header when running in a signed-in browser', async () => {
    const headers: (string | null)[] = [];
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      headers.push(new Headers(init?.headers).get('x-gorod-csrf'));
      // auth.* travels alone (the server refuses it in a batch), so the answer is not a batch's array.
      return new Response(JSON.stringify({ result: { data: { ok: true } } }), { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const globals = globalThis as { document?: { cookie: string } };
    globals.document = { cookie: 'theme=dark; gorod_csrf=abc123' };
    try {
      await createGorodClient({ url: 'http://localhost:3000', fetch }).auth.signOut.mutate();
    } finally {
      delete globals.document;
    }
    expect(headers).toEqual(['abc123']);
  });

  it('sends account calls one per request and splits batches at the server limit', async () => {
    const urls: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      urls.push(url.pathname);
      const calls = url.pathname.split('/').pop()!.split(',');
      const answer = (data: unknown) => ({ result: { data } });
      const body = url.searchParams.get('batch') ? calls.map(() => answer([])) : answer({ id: 'u' });
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const client = createGorodClient({ url: 'https://forum.example.org', token: 'gorod_abc.def', fetch });
    await Promise.all([client.auth.me.query(), ...Array.from({ length: 12 }, () => client.regions.list.query())]);
    const batchSizes = urls.filter((u) => u.includes('regions')).map((u) => u.split(',').length);
    expect(urls).toContain('/api/trpc/auth.me');
    expect(batchSizes.sort()).toEqual([10, 2]);
  });
});

describe('toGorodError', () => {
  it('restores code, message and issues from the wire', () => {
    const wire = new TRPCClientError('No city with this id', {
      result: {
        error: {
          code: -32004,
          message: 'No city with this id',
          data: { code: 'NOT_FOUND', message: 'No city with this id', i18nKey: 'errors.NOT_FOUND', issues: [] },
        },
      },
    } as never);
    const error = toGorodError(wire);
    expect(error).toBeInstanceOf(GorodError);
    expect([error.code, error.status, error.message]).toEqual(['NOT_FOUND', 404, 'No city with this id']);
  });

  it('calls a server that refuses the connection UNREACHABLE, with status 0', async () => {
    // A port that was just free and is closed again: nothing listens there.
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    const failure = await createGorodClient({ url: `http://127.0.0.1:${port}` }).regions.list.query().catch((e: unknown) => e);
    const error = toGorodError(failure);
    expect([error.code, error.status]).toEqual(['UNREACHABLE', 0]);
    expect(error.message).toMatch(/could not be reached/);
  });

  it('calls an unknown host and an aborted call UNREACHABLE', async () => {
    const unknownHost = await createGorodClient({ url: 'http://gorod.invalid' }).regions.list.query().catch((e: unknown) => e);
    const aborted = await createGorodClient({ url: 'http://127.0.0.1:9' })
      .regions.list.query(undefined, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect([toGorodError(unknownHost).code, toGorodError(aborted).code]).toEqual(['UNREACHABLE', 'UNREACHABLE']);
  });

  it('calls anything else INTERNAL, keeping its message', () => {
    expect(toGorodError(new Error('Unexpected token < in JSON'))).toMatchObject({ code: 'INTERNAL', message: 'Unexpected token < in JSON' });
  });
});
