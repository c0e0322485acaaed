import { describe, expect, it } from 'vitest';
import { judge } from './contract.js';

const errorBody = (code: string, extra: object = {}) => ({
  code,
  message: 'Some fields need attention',
  i18nKey: `errors.${code}`,
  issues: [{ path: ['email'], code: 'invalid_format', message: 'Invalid email', i18nKey: 'errors.issue.invalid_format' }],
  ...extra,
});
const trpcError = (code: string, httpStatus: number) =>
  JSON.stringify({ error: { message: 'x', code: -32600, data: { ...errorBody(code), httpStatus, path: 'auth.signIn' } } });

describe('judging an answer against the error contract', () => {
  it('accepts a result, a tRPC error in the contract, and a bare error body from outside tRPC', () => {
    expect(judge(200, JSON.stringify({ result: { data: { ok: true } } }), false).violation).toBeUndefined();
    expect(judge(400, trpcError('INVALID_INPUT', 400), false).violation).toBeUndefined();
    expect(judge(404, JSON.stringify(errorBody('NOT_FOUND')), false).violation).toBeUndefined();
  });

  it('refuses any 5xx, even one in the contract', () => {
    expect(judge(500, trpcError('INTERNAL', 500), false).violation).toMatch(/answered 500/);
  });

  it('refuses a status that is not errorStatus[code], in the body or on the wire', () => {
    expect(judge(415, trpcError('INVALID_INPUT', 415), false).violation).toMatch(/httpStatus/);
    expect(judge(403, trpcError('INVALID_INPUT', 400), false).violation).toMatch(/answered 403 but the body says INVALID_INPUT/);
  });

  it('refuses a body that is not JSON, or misses a field of the contract', () => {
    expect(judge(431, '', false).violation).toMatch(/not JSON/);
    const noI18n = { ...errorBody('NOT_FOUND'), i18nKey: 'NOT_FOUND' };
    expect(judge(404, JSON.stringify(noI18n), false).violation).toBeDefined();
    const badIssue = errorBody('INVALID_INPUT', { issues: [{ path: 'email' }] });
    expect(judge(400, JSON.stringify(badIssue), false).violation).toBeDefined();
  });

  it('judges a batch item by item, expecting 207 when the items differ', () => {
    const ok = { result: { data: 1 } };
    const failed = JSON.parse(trpcError('NOT_FOUND', 404));
    expect(judge(207, JSON.stringify([ok, failed]), true).violation).toBeUndefined();
    expect(judge(404, JSON.stringify([failed]), true).violation).toBeUndefined();
    expect(judge(200, JSON.stringify([ok, failed]), true).violation).toMatch(/207/);
  });
});
