import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from './search.js';

describe('normalizeSearchText', () => {
  it('treats ё as е and ignores case', () => {
    expect(normalizeSearchText('КОРОЛЁВ')).toBe(normalizeSearchText('королев'));
    expect(normalizeSearchText('Ёлки')).toBe('елки');
  });

  it('keeps Chinese untouched and collapses spaces', () => {
    expect(normalizeSearchText('  叶卡捷琳堡  ')).toBe('叶卡捷琳堡');
    expect(normalizeSearchText('Нижний   Новгород')).toBe('нижний новгород');
  });

  test.prop([fc.string()])('is idempotent', (text) => {
    expect(normalizeSearchText(normalizeSearchText(text))).toBe(normalizeSearchText(text));
  });
});
