import { describe, expect, it } from 'vitest';
import { localizedName } from './locale.js';

describe('localizedName', () => {
  const full = { ru: 'Далянь', en: 'Dalian', zh: '大连' };
  const russianOnly = { ru: 'Верхняя Пышма' };

  it('gives the name in the reader’s language when it exists', () => {
    expect(localizedName(full, 'ru')).toBe('Далянь');
    expect(localizedName(full, 'en')).toBe('Dalian');
    expect(localizedName(full, 'zh')).toBe('大连');
  });

  it('falls back from Chinese to English, then to Russian', () => {
    expect(localizedName({ ru: 'Пермь', en: 'Perm' }, 'zh')).toBe('Perm');
    expect(localizedName(russianOnly, 'zh')).toBe('Верхняя Пышма');
    expect(localizedName(russianOnly, 'en')).toBe('Верхняя Пышма');
  });
});
