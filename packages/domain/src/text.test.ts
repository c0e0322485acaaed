import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { issuesFromZod } from './errors.js';
import { isPlainText, text } from './text.js';

const codesOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : issuesFromZod(parsed.error).map((issue) => issue.code);
};

describe('text', () => {
  it('normalises to NFC and trims before checking the length', () => {
    const name = text({ min: 1, max: 3 });
    // "ёлк" typed with a combining diaeresis is four code units before NFC, three after.
    expect(name.parse(' е\u0308лк ')).toBe('ёлк');
    expect(codesOf(name, '   ')).toEqual(['too_small']);
    expect(codesOf(name, 'ёлка')).toEqual(['too_big']);
  });

  it('refuses NUL and other control characters with the issue code control_character', () => {
    const line = text({ max: 100 });
    for (const value of ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\u007fb', 'a\nb', 'a\tb']) {
      expect(codesOf(line, value)).toEqual(['control_character']);
    }
  });

  it('lets tab and line breaks through only in multi-line text', () => {
    const lines = text({ max: 100, multiline: true });
    expect(lines.parse('первая\r\nвторая\tстрока')).toBe('первая\r\nвторая\tстрока');
    expect(codesOf(lines, 'a\u0000b')).toEqual(['control_character']);
  });

  it('refuses half of a surrogate pair but keeps whole ones', () => {
    expect(codesOf(text({ max: 10 }), 'a\uD83Db')).toEqual(['unpaired_surrogate']);
    expect(text({ max: 10 }).parse('город 🏙')).toBe('город 🏙');
  });

  it('keeps a secret as typed when asked not to normalise or trim', () => {
    expect(text({ max: 20, normalize: false, trim: false }).parse(' е\u0308 ')).toBe(' е\u0308 ');
  });

  it('checks a pattern on the normalised text', () => {
    const id = text({ min: 1, max: 64, pattern: { regex: /^[a-z]+$/, message: 'letters' } });
    expect(id.parse('perm')).toBe('perm');
    expect(codesOf(id, 'Perm')).toEqual(['invalid_format']);
  });

  test.prop([fc.string(), fc.string()])('refuses any text that holds a NUL', (before, after) => {
    expect(text({ max: 10_000, multiline: true }).safeParse(`${before}\u0000${after}`).success).toBe(false);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 50 })])('accepts its own output unchanged', (value) => {
    const schema = text({ max: 10_000 });
    const parsed = schema.safeParse(value);
    if (parsed.success) expect(schema.parse(parsed.data)).toBe(parsed.data);
  });
});

describe('isPlainText', () => {
  it('accepts a CSV file and refuses a PNG read as UTF-8, NUL bytes and bytes that were not UTF-8', () => {
    expect(isPlainText('\uFEFFemail,name\r\na@example.org,"Анна\tИванова"\n')).toBe(true);
    const png = new TextDecoder().decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(isPlainText(png)).toBe(false);
    expect(isPlainText('email,name\u0000\u0000')).toBe(false);
    expect(isPlainText(new TextDecoder().decode(new Uint8Array([0x65, 0xe9, 0x74, 0xe9])))).toBe(false);
  });
});
