/**
 * One abuse campaign: for each procedure, `runs` generated attempts (a caller, a way of sending, an input
 * valid or hostile) sent over real HTTP, each answer judged against the error contract and counted.
 * Attempts are drawn from a seed, so a failure is replayed by running again with the same seed.
 */
import { apiPath } from '@gorod/domain';
import fc from 'fast-check';
import type { TestServer } from '../testing/test-server.js';
import { type Dictionary, hostileArbitrary, mangledJson, validArbitrary } from './arbitraries.js';
import { type CallerName, CallerPool, callerNames } from './callers.js';
import { judge } from './contract.js';
import type { ProcedureUnderTest } from './procedures.js';

/** How an attempt travels: as the tRPC client sends it, batched, as mangled text, or with the wrong method. */
const transports = ['trpc', 'trpc', 'trpc', 'batch', 'mangled', 'wrongMethod'] as const;
type Transport = (typeof transports)[number];

interface Attempt {
  caller: CallerName;
  transport: Transport;
  kind: 'valid' | 'hostile';
  input: unknown;
  /** For `mangled`: the raw text sent instead of JSON.stringify(input). */
  raw?: string;
  forwardedFor: string;
}

export interface CountRow {
  procedure: string;
  tried: number;
  ok: number;
  clientErrors: number;
  serverErrors: number;
}

export interface Violation {
  procedure: string;
  attempt: Attempt;
  status: number;
  problem: string;
}

// Mostly real addresses (each attempt its own, so address throttling never blocks the run), sometimes not.
const forwardedFor = fc.oneof(
  { weight: 8, arbitrary: fc.ipV4() },
  { weight: 1, arbitrary: fc.ipV6() },
  { weight: 1, arbitrary: fc.constantFrom('not-an-address', '', ' ', '1.2.3.4, 5.6.7.8', 'ü'.repeat(300), '999.1.1.1', '::ffff:10.0.0.1') },
);

function attemptArbitrary(procedure: ProcedureUnderTest, dictionary: Dictionary): fc.Arbitrary<Attempt> {
  const valid = procedure.input ? validArbitrary(procedure.input, dictionary) : fc.constant(undefined);
  const input = fc.oneof(
    { weight: 2, arbitrary: valid.map((value) => ({ kind: 'valid' as const, value })) },
    { weight: 3, arbitrary: hostileArbitrary(procedure.input, dictionary).map((value) => ({ kind: 'hostile' as const, value })) },
  );
  return fc
    .record({ caller: fc.constantFrom(...callerNames), transport: fc.constantFrom(...transports), input, forwardedFor })
    .chain(({ caller, transport, input: { kind, value }, forwardedFor: address }) => {
      const attempt: Attempt = { caller, transport, kind, input: value, forwardedFor: address };
      if (transport !== 'mangled') return fc.constant(attempt);
      return mangledJson(value).map((raw) => ({ ...attempt, kind: 'hostile' as const, raw }));
    });
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text's bytes as UTF-8, except that a lone surrogate keeps its own three bytes (WTF-8) instead of
 * becoming U+FFFD: what a hostile client can put on the wire, and what encodeURIComponent refuses to.
 */
function wireBytes(text: string): Buffer {
  const parts: Buffer[] = [];
  let last = 0;
  for (const match of text.matchAll(loneSurrogate)) {
    const unit = match[0].charCodeAt(0);
    parts.push(Buffer.from(text.slice(last, match.index), 'utf8'), Buffer.from([0xed, 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]));
    last = match.index + 1;
  }
  parts.push(Buffer.from(text.slice(last), 'utf8'));
  return Buffer.concat(parts);
}

const unreserved = /[A-Za-z0-9\-_.~]/;
const percentEncode = (text: string) =>
  [...wireBytes(text)].map((byte) => (unreserved.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

// Past this a URL is refused by Node's HTTP parser (431, no body) before Gorod sees it: clients POST instead.
const MAX_URL = 12_000;

function requestOf(base: string, procedure: ProcedureUnderTest, attempt: Attempt): { url: string; init: RequestInit } {
  const url = `${base}${apiPath}/${procedure.path}`;
  const batch = attempt.transport === 'batch';
  const text: string | undefined = attempt.raw ?? (batch ? JSON.stringify({ 0: attempt.input ?? null }) : JSON.stringify(attempt.input));
  const asGet = (procedure.type === 'query') !== (attempt.transport === 'wrongMethod');
  const query = batch ? '?batch=1' : '';
  const getUrl = text === undefined ? `${url}${query}` : `${url}${query}${query ? '&' : '?'}input=${percentEncode(text)}`;
  if (asGet && getUrl.length <= MAX_URL) return { url: getUrl, init: { method: 'GET' } };
  const contentType = attempt.raw !== undefined && attempt.raw.length % 3 === 0 ? 'text/plain' : 'application/json';
  return {
    url: `${url}${query}`,
    init: { method: 'POST', headers: { 'content-type': contentType }, ...(text === undefined ? {} : { body: wireBytes(text) }) },
  };
}

/** A stable number per procedure, so each one's attempts depend only on the seed and its own name. */
const seedOf = (seed: number, path: string) => [...path].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, seed);

export async function runCampaign(options: {
  api: TestServer;
  procedures: readonly ProcedureUnderTest[];
  dictionary: Dictionary;
  runs: number;
  seed: number;
  onProcedureDone?: (row: CountRow) => void;
}): Promise<{ rows: CountRow[]; violations: Violation[] }> {
  const { api, procedures, dictionary, runs, seed } = options;
  const callers = await new CallerPool(api).start();
  const rows: CountRow[] = [];
  const violations: Violation[] = [];
  for (const procedure of procedures) {
    const row: CountRow = { procedure: procedure.path, tried: 0, ok: 0, clientErrors: 0, serverErrors: 0 };
    const arbitrary = attemptArbitrary(procedure, dictionary);
    const chunk = 100;
    for (let start = 0; start < runs; start += chunk) {
      const attempts = fc.sample(arbitrary, { numRuns: Math.min(chunk, runs - start), seed: seedOf(seed, procedure.path) + start });
      for (const attempt of attempts) {
        const agent = callers.agent(attempt.caller);
        const { url, init } = requestOf(api.url, procedure, attempt);
        const headers = new Headers(init.headers);
        headers.set('x-forwarded-for', attempt.forwardedFor);
        let status = 0;
        let problem: string | undefined;
        try {
          const response = await agent.fetch(url, { ...init, headers, signal: AbortSignal.timeout(60_000) });
          const outcome = judge(response.status, await response.text(), attempt.transport === 'batch');
          status = outcome.status;
          problem = outcome.violation;
        } catch (error) {
          problem = `no answer: ${error instanceof Error ? error.message : String(error)}`;
        }
        row.tried += 1;
        if (status >= 200 && status < 300) row.ok += 1;
        else if (status >= 400 && status < 500) row.clientErrors += 1;
        else row.serverErrors += 1;
        if (problem) violations.push({ procedure: procedure.path, attempt, status, problem });
        if (procedure.type === 'mutation' && status >= 200 && status < 300) await callers.heal();
      }
    }
    rows.push(row);
    options.onProcedureDone?.(row);
  }
  return { rows, violations };
}

/** The counts as a fixed-width table: procedure, dialect, inputs tried, 2xx, 4xx, 5xx. */
export function countTable(dialect: string, rows: readonly CountRow[]): string {
  const header = ['procedure', 'dialect', 'tried', '2xx', '4xx', '5xx'];
  const lines = rows.map((r) => [r.procedure, dialect, r.tried, r.ok, r.clientErrors, r.serverErrors].map(String));
  const total = rows.reduce((t, r) => [t[0]! + r.tried, t[1]! + r.ok, t[2]! + r.clientErrors, t[3]! + r.serverErrors], [0, 0, 0, 0]);
  lines.push(['(all)', dialect, ...total.map(String)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [format(header), ...lines.map(format)].join('\n');
}

/** A violation as a line a person can replay: what was sent, by whom, and what came back. */
export function describeViolation(v: Violation): string {
  const sent = v.attempt.raw !== undefined ? `raw ${JSON.stringify(v.attempt.raw.slice(0, 300))}` : JSON.stringify(v.attempt.input)?.slice(0, 300);
  return `${v.procedure} by ${v.attempt.caller} via ${v.attempt.transport} (x-forwarded-for ${JSON.stringify(v.attempt.forwardedFor.slice(0, 40))}), input ${sent}: ${v.problem}`;
}
