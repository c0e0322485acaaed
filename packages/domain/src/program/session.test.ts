import { describe, expect, it } from 'vitest';
import { FeedbackInputSchema, ratingDistribution } from './feedback.js';
import { SessionCreateInputSchema } from './session.js';

const valid = {
  editionId: 'cities-of-russia-2026',
  kind: 'panel',
  title: { ru: '  Малые города ' },
  startsAt: '2026-11-27T10:00:00+05:00',
  endsAt: '2026-11-27T11:30:00+05:00',
  roomId: 'hall-a',
};

describe('session input', () => {
  it('normalises text and writes instants in UTC with Z', () => {
    const parsed = SessionCreateInputSchema.parse(valid);
    expect(parsed.title.ru).toBe('Малые города');
    expect(parsed.startsAt).toBe('2026-11-27T05:00:00.000Z');
    expect(parsed.registration).toBe('required');
    expect(parsed.languages).toEqual(['ru']);
  });

  it('refuses a session that ends before it starts, naming endsAt', () => {
    const result = SessionCreateInputSchema.safeParse({ ...valid, endsAt: '2026-11-27T09:00:00+05:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['endsAt']);
  });

  it('refuses unknown fields, control characters and interpretation into the same language', () => {
    expect(SessionCreateInputSchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    expect(SessionCreateInputSchema.safeParse({ ...valid, title: { ru: 'a\u0000b' } }).success).toBe(false);
    expect(SessionCreateInputSchema.safeParse({ ...valid, interpretation: [{ from: 'ru', to: 'ru' }] }).success).toBe(false);
  });
});

describe('feedback', () => {
  it('takes a whole rating from 1 to 5 and a multi-line comment of at most 2000 characters', () => {
    expect(FeedbackInputSchema.safeParse({ sessionId: 's1', rating: 5, comment: 'Хорошо\nи полезно' }).success).toBe(true);
    expect(FeedbackInputSchema.safeParse({ sessionId: 's1', rating: 0 }).success).toBe(false);
    expect(FeedbackInputSchema.safeParse({ sessionId: 's1', rating: 4.5 }).success).toBe(false);
    expect(FeedbackInputSchema.safeParse({ sessionId: 's1', rating: 3, comment: 'x'.repeat(2001) }).success).toBe(false);
  });

  it('counts ratings per value for the distribution', () => {
    expect(ratingDistribution([5, 5, 3, 1])).toEqual({ 1: 1, 2: 0, 3: 1, 4: 0, 5: 2 });
  });
});
