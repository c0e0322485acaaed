import { describe, expect, it } from 'vitest';
import { SpeakerCreateInputSchema } from './speaker.js';

describe('speaker input', () => {
  it('takes a name alone, leaving the other fields empty', () => {
    expect(SpeakerCreateInputSchema.parse({ editionId: 'cities-of-russia-2026', name: { ru: 'Вера Гранитова', zh: '薇拉' } })).toEqual({
      editionId: 'cities-of-russia-2026',
      name: { ru: 'Вера Гранитова', zh: '薇拉' },
      position: null,
      organisation: null,
      cityId: null,
      bio: null,
      photoUrl: null,
      userId: null,
    });
  });

  it('accepts a photo only over https and a multi-line bio', () => {
    const base = { editionId: 'cities-of-russia-2026', name: { ru: 'Вера' } };
    expect(SpeakerCreateInputSchema.safeParse({ ...base, photoUrl: 'https://cdn.example/v.jpg', bio: { ru: 'Строка\nещё строка' } }).success).toBe(true);
    expect(SpeakerCreateInputSchema.safeParse({ ...base, photoUrl: 'http://cdn.example/v.jpg' }).success).toBe(false);
    expect(SpeakerCreateInputSchema.safeParse({ ...base, photoUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(SpeakerCreateInputSchema.safeParse({ ...base, name: { ru: 'Вера', en: '' } }).success).toBe(false);
  });
});
