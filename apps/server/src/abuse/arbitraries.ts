/**
 * fast-check arbitraries from zod 4 schemas: valid inputs (walking `schema._zod.def`) and hostile
 * mutations of them. zod-fast-check knows only zod 3, and no maintained zod 4 bridge exists, hence this.
 * Only the input side is generated: a transform's output is never sent over the wire.
 */
import fc from 'fast-check';
import type { z } from 'zod';

type Schema = z.core.$ZodType;
// zod's definitions are typed per schema kind; walking any kind, this reads them as loose records.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Def = Record<string, any> & { type: string };
// biome-ignore lint/suspicious/noExplicitAny: see above
type Check = Record<string, any> & { check: string };

/** Real values of the running system (ids, emails, time zones) that random generation would never hit. */
export interface Dictionary {
  strings: readonly string[];
}

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check[] => ((def.checks ?? []) as { _zod: { def: Check } }[]).map((c) => c._zod.def);
const accepts = (schema: Schema) => (value: unknown) => (schema as unknown as z.ZodType).safeParse(value).success;

/** Whether an object field may be left out (the key, not just the value). */
const isOptionalField = (schema: Schema): boolean => ['optional', 'default', 'prefault'].includes(defOf(schema).type);

function lengthBounds(checks: Check[]): { min: number; max: number } {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of checks) {
    if (check.check === 'min_length') min = Math.max(min, check.minimum);
    if (check.check === 'max_length') max = Math.min(max, check.maximum);
    if (check.check === 'length_equals') [min, max] = [check.length, check.length];
  }
  return { min, max };
}

/** The issue codes of the domain's `text()` refinements (packages/domain/src/text.ts). */
const textRuleCodes = new Set(['control_character', 'unpaired_surrogate']);

function stringArbitrary(schema: Schema, def: Def, dictionary: Dictionary): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const { min, max } = lengthBounds(checks);
  const known = dictionary.strings.filter(accepts(schema));
  const formats = [def, ...checks].filter((c) => c.check === 'string_format' || c.format);
  const format = formats.find((c) => c.format && c.format !== 'regex')?.format as string | undefined;
  const pattern = formats.find((c) => c.pattern instanceof RegExp)?.pattern as RegExp | undefined;
  let shaped: fc.Arbitrary<string> | undefined;
  if (format === 'email') shaped = fc.oneof(fc.emailAddress(), fc.constantFrom('ёлка@пример.рф', 'x@例子.中国', 'A.B+tag@Example.ORG'));
  else if (format === 'uuid' || format === 'guid') shaped = fc.uuid();
  else if (format === 'date') shaped = fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString().slice(0, 10));
  else if (format === 'datetime') shaped = fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString());
  else if (pattern) shaped = fc.stringMatching(pattern, { maxLength: Number.isFinite(max) ? max : 64 });
  else if (format) shaped = undefined; // an unknown format: only the dictionary can satisfy it
  else {
    const maxLength = Math.min(max, min + 40);
    shaped = fc.oneof(
      fc.string({ minLength: min, maxLength, unit: 'grapheme' }),
      fc.string({ minLength: min, maxLength, unit: 'binary' }),
      fc.string({ minLength: min, maxLength }),
    );
  }
  // A refinement (a time zone, say) or an unknown format is opaque: only known values can satisfy it, and
  // filtering random strings for one would never end. The domain's text rule refines too, but refuses
  // only rare characters (control characters, broken pairs), so random strings filtered by it are fine.
  const opaque = !shaped || checks.some((c) => c.check === 'custom' && !textRuleCodes.has(c.params?.code));
  if (opaque && known.length === 0) {
    throw new Error(`Cannot generate a string that passes a refinement or format "${format ?? ''}": add examples to the dictionary`);
  }
  const options: fc.Arbitrary<string>[] = [];
  if (known.length > 0) options.push(fc.constantFrom(...known));
  if (shaped && !opaque) options.push(shaped);
  return fc.oneof(...options).filter(accepts(schema));
}

function numberArbitrary(schema: Schema, def: Def): fc.Arbitrary<number> {
  let min = -1e9;
  let max = 1e9;
  let integer = def.type === 'int';
  for (const check of checksOf(def)) {
    if (check.check === 'greater_than') min = Math.max(min, Number(check.value));
    if (check.check === 'less_than') max = Math.min(max, Number(check.value));
    if (check.check === 'number_format' && /int/.test(check.format)) integer = true;
  }
  const arbitrary = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return arbitrary.filter(accepts(schema));
}

/** Values the schema accepts, as a caller would send them (so defaults may be left out). */
export function validArbitrary(schema: Schema, dictionary: Dictionary = { strings: [] }): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: Schema) => validArbitrary(s, dictionary);
  switch (def.type) {
    case 'string':
      return stringArbitrary(schema, def, dictionary);
    case 'number':
    case 'int':
      return numberArbitrary(schema, def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
      return fc.constant(undefined);
    case 'unknown':
    case 'any':
      return fc.jsonValue();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null });
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'lazy':
      return inner(def.getter());
    case 'union':
      return fc.oneof(...(def.options as Schema[]).map(inner));
    case 'array': {
      const { min, max } = lengthBounds(checksOf(def));
      return fc.array(inner(def.element), { minLength: min, maxLength: Math.min(max, min + 5) }).filter(accepts(schema));
    }
    case 'record':
      return fc.dictionary(inner(def.keyType) as fc.Arbitrary<string>, inner(def.valueType), { maxKeys: 5 });
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, inner(field)]));
      const requiredKeys = Object.keys(shape).filter((key) => !isOptionalField(shape[key]!));
      // fc.record leaves optional keys out rather than setting them to undefined: what JSON would carry anyway.
      return fc.record(fields, { requiredKeys }).filter(accepts(schema));
    }
    case 'pipe': {
      // pipe(a, transform) takes what `a` takes; pipe(string, email) is generated from the stricter end.
      const out = defOf(def.out).type;
      const from = out === 'transform' ? def.in : def.out;
      return inner(from).filter(accepts(schema));
    }
    default:
      throw new Error(`No arbitrary for zod type "${def.type}": teach src/abuse/arbitraries.ts`);
  }
}

/** JSON text of `[key…]` as the server's keyset cursors carry it (base64url), for cursors the server never gave out. */
const cursorOf = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

/** Strings that have broken servers: NUL and control characters, case folding that grows, bidi, surrogates… */
const hostileStrings: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0001\u0007\u001b[31m\u007f',
  '\r\n\r\nSet-Cookie: x=1',
  'İ',
  'İstanbul',
  `${'İ'.repeat(120)}@example.org`,
  `${'ẞ'.repeat(60)}@example.org`,
  'ёЁ',
  'ǅ',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\uD800',
  'a\uDFFFb',
  '\uD83D',
  '\u200B\u200D\uFEFF',
  'e\u0301',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  '1.5',
  '9007199254740993',
  '__proto__',
  'constructor',
  "'; DROP TABLE users; --",
  '%',
  '%00',
  '../../etc/passwd',
  'null',
  'undefined',
  cursorOf('[1.5,"x"]'),
  cursorOf('[1e400,"x"]'),
  cursorOf('[9007199254740993,"x"]'),
  cursorOf('[-0,"x"]'),
  cursorOf('["\\u0000","\\u0000"]'),
  cursorOf('["2026-01-01T00:00:00.000Z",1e400]'),
  cursorOf('[null,null]'),
  cursorOf('{"__proto__":1}'),
  cursorOf('[]'),
  'not base64 at all!',
];

/** Numbers JSON can carry that code often does not expect. */
const hostileNumbers: readonly number[] = [0, -1, 1.5, -1.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e308, -1e308, 5e-324];

/** An object whose own keys include `__proto__` and `constructor`, as JSON.parse builds them. */
const prototypeKeys = () => JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}');

const nested = (depth: number, asArray: boolean): unknown => {
  let value: unknown = asArray ? [] : {};
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
};

/** One hostile value of any type, to put where something else was expected. */
const hostileAtom: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(null, true, false, ...hostileNumbers) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 10_000, 300_000).map((n) => 'я'.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 20, max: 3000 }), fc.boolean()).map(([depth, asArray]) => nested(depth, asArray)) },
  { weight: 1, arbitrary: fc.constant(null).map(prototypeKeys) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...hostileStrings), { maxLength: 5 }) },
);

type Path = (string | number)[];

/** Every place inside a JSON value a mutation may hit, the value itself first. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, Array.isArray(value) ? Number(key) : key]));
  }
  return paths;
}

/** A copy of `value` with `path` set (as an own property, even `__proto__`) or deleted. */
function withAt(value: unknown, path: Path, change: { set: unknown } | { delete: true }): unknown {
  if (path.length === 0) return 'set' in change ? change.set : undefined;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  if (rest.length === 0 && 'delete' in change) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(Number(head), 1);
    else delete copy[head];
    return copy;
  }
  const next = withAt(copy[head], rest, change);
  Object.defineProperty(copy, head, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Hostile mutations of a valid value: a field swapped for a hostile atom, a key lost or added, the shape wrapped. */
function mutationsOf(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const inner = paths.filter((p) => p.length > 0);
  const options: fc.Arbitrary<unknown>[] = [
    fc.tuple(fc.constantFrom(...paths), hostileAtom).map(([path, atom]) => withAt(valid, path, { set: atom })),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '~extra', '').chain((key) =>
      hostileAtom.map((atom) => withAt(valid && typeof valid === 'object' ? valid : {}, [key], { set: atom })),
    ),
    fc.constantFrom<unknown>([valid], JSON.stringify(valid ?? null), { json: valid }, { 0: valid }, undefined),
  ];
  if (inner.length > 0) options.push(fc.constantFrom(...inner).map((path) => withAt(valid, path, { delete: true })));
  return fc.oneof(...options);
}

/** A hostile input for a procedure: a mutation of a valid one, or a hostile value of its own. */
export function hostileArbitrary(schema: Schema | undefined, dictionary: Dictionary = { strings: [] }): fc.Arbitrary<unknown> {
  const valid = schema ? validArbitrary(schema, dictionary) : fc.constant(undefined);
  return fc.oneof({ weight: 4, arbitrary: valid.chain(mutationsOf) }, { weight: 1, arbitrary: hostileAtom });
}

/**
 * JSON text mangled below the level of values: cut short, numbers JSON.stringify would never write
 * (1e400, -0), raw control characters inside strings, duplicate keys, a byte-order mark, deep nesting.
 */
export function mangledJson(valid: unknown): fc.Arbitrary<string> {
  const text = JSON.stringify(valid ?? {}) ?? '{}';
  const firstNumber = /-?\d+(\.\d+)?/;
  return fc.oneof(
    fc.nat({ max: Math.max(0, text.length - 1) }).map((cut) => text.slice(0, cut)),
    fc.constantFrom('1e400', '-0', '1.5e-400', '9007199254740993', '0x10', 'NaN', '+1').map((n) =>
      firstNumber.test(text) ? text.replace(firstNumber, n) : text.replace(/^\{/, `{"n":${n},`),
    ),
    fc.constantFrom('\u0000', '\u0001', '\n', '\uD800').map((c) => text.replace(/"([^"]*)"/, `"$1${c}"`)),
    fc.constant(text.replace(/^\{"([^"]+)":([^,}]+)/, '{"$1":$2,"$1":$2')),
    fc.constant(`\uFEFF${text}`),
    fc.constant(`${text},`),
    fc.constantFrom('', ' ', 'null', '[]', '"', '{', '}', 'undefined', '{"__proto__":{"polluted":1}}'),
    fc.integer({ min: 1000, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  );
}
