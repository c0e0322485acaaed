import { describe, expect, it } from 'vitest';
import { CityListInputSchema } from './cities/schemas.js';
import { GorodError, fromZodError, issuesFromZod, notFound } from './errors.js';

describe('error contract', () => {
  it('names each wrong field with its whole path, code and i18n key', () => {
    const result = CityListInputSchema.safeParse({ search: 'x'.repeat(101), limit: 'ten' });
    expect(result.success).toBe(false);
    const issues = issuesFromZod(result.error!);
    expect(issues.map((i) => [i.path, i.code, i.i18nKey])).toEqual([
      [['search'], 'too_big', 'errors.issue.too_big'],
      [['limit'], 'invalid_type', 'errors.issue.invalid_type'],
    ]);
    expect(issues[0]!.params).toMatchObject({ maximum: 100 });
  });

  it('reports an unknown key at its own path instead of dropping it silently', () => {
    const result = CityListInputSchema.safeParse({ serch: 'Казань', role: 'organizer' });
    const error = fromZodError(result.error!);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.status).toBe(400);
    expect(error.issues.map((i) => i.path)).toEqual([['serch'], ['role']]);
    expect(error.issues[0]!.code).toBe('unrecognized_key');
  });

  it('serialises to the one wire shape', () => {
    const body = new GorodError('TOO_MANY_REQUESTS', 'Slow down', [], { retryAfterSeconds: 30 }).toBody();
    expect(body).toMatchInlineSnapshot(`
      {
        "code": "TOO_MANY_REQUESTS",
        "details": {
          "retryAfterSeconds": 30,
        },
        "i18nKey": "errors.TOO_MANY_REQUESTS",
        "issues": [],
        "message": "Slow down",
      }
    `);
  });
});

describe('notFound', () => {
  it('says what was not found and names the field that held its id', () => {
    const error = notFound('token', ['id']);
    expect(error.toBody()).toEqual({
      code: 'NOT_FOUND',
      message: 'No token with this id',
      i18nKey: 'errors.NOT_FOUND',
      issues: [{ path: ['id'], code: 'not_found', message: 'No token with this id', i18nKey: 'errors.issue.not_found' }],
    });
    expect(notFound('user').issues).toEqual([]);
  });
});
