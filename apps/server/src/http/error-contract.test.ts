import { describeEachDialect } from '@gorod/db/testing';
import { apiPath } from '@gorod/domain';
import { expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.js';

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
});
