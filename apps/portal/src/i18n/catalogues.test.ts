import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import ru from './ru.json';
import staffEn from './staff/en.json';
import staffRu from './staff/ru.json';
import staffZh from './staff/zh.json';
import zh from './zh.json';

type Catalogues = Record<'ru' | 'en' | 'zh', Record<string, string>>;

/** The portal's catalogue, and the organizers' and instructors' pages' own (loaded with those pages). */
const sets: Record<string, Catalogues> = { portal: { ru, en, zh }, staff: { ru: staffRu, en: staffEn, zh: staffZh } };

/** The arguments a message uses (`{count, plural, …}` → count), nested plurals and tags included. */
function argumentNames(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
    }
    if (element.type === TYPE.tag) argumentNames(element.children, into);
  }
  return into;
}

const sorted = (set: Iterable<string>) => [...set].sort();

it('never gives the staff pages a key the portal already has', () => {
  expect(Object.keys(staffRu).filter((key) => key in ru)).toEqual([]);
});

// The features whose pages are wrapped in `withStaffMessages`: only they may use the staff catalogue.
const staffFeatures = ['audit', 'check-in', 'mail', 'organize-program', 'people', 'teach'];

it('keeps the staff catalogue out of every page that renders without it', () => {
  const src = fileURLToPath(new URL('..', import.meta.url));
  const staffPrefixes = [...new Set(Object.keys(staffRu).map((key) => key.split('.')[0]))];
  const keyOfStaff = new RegExp(`['"\`](${staffPrefixes.join('|')})\\.`);
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts') && !staffFeatures.some((feature) => file.startsWith(join('features', feature))),
  );
  const offending = files.filter((file) => keyOfStaff.test(readFileSync(join(src, file), 'utf8')));
  expect(offending).toEqual([]);
});

describe.each(Object.entries(sets))('the ru, en and zh catalogues of the %s', (_, catalogues) => {
  it('have the same keys', () => {
    expect(sorted(Object.keys(catalogues.en))).toEqual(sorted(Object.keys(catalogues.ru)));
    expect(sorted(Object.keys(catalogues.zh))).toEqual(sorted(Object.keys(catalogues.ru)));
  });

  it.each(Object.entries(catalogues))('has only valid ICU messages in %s', (_, catalogue) => {
    const invalid = Object.entries(catalogue).flatMap(([key, message]) => {
      try {
        parse(message);
        return [];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    });
    expect(invalid).toEqual([]);
  });

  it('use the same argument names for a key in every language', () => {
    const differing = Object.keys(catalogues.ru).flatMap((key) => {
      const names = Object.entries(catalogues).map(([language, catalogue]) => {
        const message = (catalogue as Record<string, string>)[key];
        return `${language}: ${message === undefined ? '(missing)' : sorted(argumentNames(parse(message))).join(',')}`;
      });
      return new Set(names.map((line) => line.slice(line.indexOf(':')))).size > 1 ? [`${key} → ${names.join(' | ')}`] : [];
    });
    expect(differing).toEqual([]);
  });
});
