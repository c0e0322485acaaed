import { GorodError } from '@gorod/domain';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

const raw = (json: string) => Buffer.from(json).toString('base64url');

describe('decodeCursor', () => {
  it('gives back the key the server encoded', () => {
    expect(decodeCursor(encodeCursor([1_495_066, 'perm']), ['number', 'string'] as const)).toEqual([1_495_066, 'perm']);
  });

  it.each([
    ['junk base64', '%%%not-base64%%%'],
    ['JSON that is not an array', raw('{"population":1}')],
    ['too few parts', raw('[1]')],
    ['too many parts', raw('[1,"a","b"]')],
    ['parts swapped', raw('["a",1]')],
    ['a fraction', raw('[1.5,"a"]')],
    ['a number beyond double range', raw('[1e400,"a"]')],
    ['an unsafe integer', raw(`[${2 ** 53},"a"]`)],
    ['a NUL in a string', raw('[1,"a\\u0000b"]')],
  ])('refuses %s with an invalid_cursor issue at cursor', (_, cursor) => {
    let thrown: unknown;
    try {
      decodeCursor(cursor, ['number', 'string'] as const);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GorodError);
    expect(thrown).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['cursor'], code: 'invalid_cursor' }] });
  });
});
