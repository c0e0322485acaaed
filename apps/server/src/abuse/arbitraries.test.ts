import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hostileArbitrary, mangledJson, validArbitrary } from './arbitraries.js';
import { proceduresOf } from './procedures.js';

const dictionary = { strings: ['Asia/Yekaterinburg', 'UTC', 'yekaterinburg', 'learner@example.org', 'https://example.org/speakers/photo.jpg', 'Tq3x_Ticket-Code_0123456789'] };
const sample = (arbitrary: fc.Arbitrary<unknown>, numRuns = 200) => fc.sample(arbitrary, { numRuns, seed: 42 });

describe('valid inputs from zod 4 schemas', () => {
  it('generates only values each procedure’s own input schema accepts', () => {
    for (const { path, input } of proceduresOf()) {
      if (!input) continue;
      const rejected = sample(validArbitrary(input, dictionary)).filter((value) => !z.safeParse(input, value).success);
      expect(rejected, path).toEqual([]);
    }
  });

  it('walks every kind of schema the API uses, and each value passes', () => {
    const schema = z.strictObject({
      text: z.string().trim().min(2).max(5),
      slug: z.string().regex(/^[a-z]+(-[a-z]+)*$/).max(20),
      email: z.string().max(254).pipe(z.email()).transform((e) => e.toLowerCase()),
      id: z.uuid(),
      day: z.iso.date(),
      count: z.number().int().min(1).max(10),
      ratio: z.number().min(-1).max(1),
      flag: z.boolean(),
      kind: z.enum(['a', 'b']),
      literal: z.literal('x'),
      list: z.array(z.enum(['r', 's'])).min(1).max(2),
      maybe: z.string().optional(),
      nothing: z.string().nullable(),
      either: z.union([z.number(), z.string()]),
      withDefault: z.boolean().default(false),
      map: z.record(z.string(), z.number()),
      zone: z.string().refine((zone) => zone === 'UTC' || zone.includes('/')),
    });
    const values = sample(validArbitrary(schema, dictionary));
    expect(values.filter((value) => !schema.safeParse(value).success)).toEqual([]);
    // Optional keys are sometimes left out, as a client would.
    expect(values.some((value) => !('withDefault' in (value as object)))).toBe(true);
  });

  it('refuses a schema kind it does not know, naming it, instead of guessing', () => {
    expect(() => validArbitrary(z.bigint())).toThrow(/"bigint"/);
  });

  it('asks for dictionary examples for a refinement it cannot satisfy by chance', () => {
    expect(() => validArbitrary(z.string().refine((s) => s === 'only this'))).toThrow(/dictionary/);
  });
});

describe('hostile inputs', () => {
  const schema = z.strictObject({ email: z.email(), limit: z.number().int().min(1).max(100).default(50) });
  const values = sample(hostileArbitrary(schema, dictionary), 500);

  it('are mostly refused by the schema they mutate', () => {
    const refused = values.filter((value) => !schema.safeParse(value).success).length;
    expect(refused / values.length).toBeGreaterThan(0.6);
  });

  it('carry NUL characters, lone surrogates, own __proto__ keys, missing keys, wrong types and an empty body', () => {
    const texts = values.map((value) => JSON.stringify(value) ?? '(nothing)');
    expect(texts.some((text) => text.includes('\\u0000'))).toBe(true);
    expect(texts.some((text) => text.includes('\\ud800') || text.includes('\\udfff'))).toBe(true);
    expect(values.some((value) => value && typeof value === 'object' && Object.hasOwn(value, '__proto__'))).toBe(true);
    expect(values.some((value) => value && typeof value === 'object' && !Array.isArray(value) && !('email' in value))).toBe(true);
    expect(values.some((value) => Array.isArray(value))).toBe(true);
    expect(values.some((value) => value === undefined)).toBe(true);
  });

  it('mangle JSON text below the level of values, mostly into text JSON.parse refuses or reads differently', () => {
    const valid = { email: 'a@b.org', limit: 5 };
    const texts = sample(mangledJson(valid), 300) as string[];
    const unchanged = texts.filter((text) => {
      try {
        return JSON.stringify(JSON.parse(text)) === JSON.stringify(valid);
      } catch {
        return false;
      }
    });
    expect(unchanged.length / texts.length).toBeLessThan(0.2);
    expect(texts.some((text) => text.includes('1e400'))).toBe(true);
  });
});
