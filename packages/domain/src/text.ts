import { z } from 'zod';

export interface TextOptions {
  /** The most characters (UTF-16 code units, as JavaScript and zod count) after normalisation. */
  max: number;
  /** The fewest characters after normalisation; 1 makes the field required. */
  min?: number;
  /** Allow tab, line feed and carriage return (text that spans lines). Other control characters never. */
  multiline?: boolean;
  /** Remove surrounding white space first (default true). */
  trim?: boolean;
  /**
   * NFC-normalise first (default true), so "й" typed as и + ◌̆ and as one character are the same text
   * and the same length. Off for secrets compared as typed (passwords), so an existing hash still matches.
   */
  normalize?: boolean;
  /** A pattern the normalised text must match (an identifier such as a city id), with why. */
  pattern?: { regex: RegExp; message: string };
}

// C0 controls and DEL: NUL is refused by PostgreSQL ("invalid byte sequence … 0x00") and stored by SQLite,
// so refusing them here keeps both databases alike; the others are never typed and only hide text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this rule's purpose
const controlCharacters = /[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above, tab, LF and CR left out
const controlCharactersButLineBreaks = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// With the u flag a valid surrogate pair is one code point, so this finds only halves of pairs, which
// UTF-8 cannot encode: the database would store U+FFFD and the text would not come back as sent.
const unpairedSurrogate = /[\uD800-\uDFFF]/u;

/** Whether `value` holds a control character the text rule refuses (tab and line breaks when multi-line). */
export function hasControlCharacter(value: string, multiline = false): boolean {
  return (multiline ? controlCharactersButLineBreaks : controlCharacters).test(value);
}

export function hasUnpairedSurrogate(value: string): boolean {
  return unpairedSurrogate.test(value);
}

/** A zod refinement whose issue code is `code` (see `issuesFromZod`), not zod's generic `custom`. */
export const codedIssue = (code: string, message: string) => ({ message, params: { code } });

/**
 * Every text field of every input: NFC-normalised and trimmed, then refused if it holds a control
 * character (issue `control_character`; tab and line breaks pass when `multiline`) or half a surrogate
 * pair (`unpaired_surrogate`), and its length checked after normalisation (`too_small`, `too_big`).
 * One rule in the domain, so SQLite, PostgreSQL and the portal's forms accept exactly the same text.
 *
 * @example
 * const NameSchema = text({ min: 1, max: 200 });
 * NameSchema.parse('  Екатеринбург ') // 'Екатеринбург'
 * NameSchema.safeParse('a\u0000b').success // false: control_character
 */
export function text(options: TextOptions) {
  const { max, min = 0, multiline = false, trim = true, normalize = true, pattern } = options;
  let checked = z
    .string()
    .refine((value) => !hasControlCharacter(value, multiline), codedIssue('control_character', 'Remove control characters'))
    .refine((value) => !hasUnpairedSurrogate(value), codedIssue('unpaired_surrogate', 'Remove the broken character'));
  if (min > 0) checked = checked.min(min);
  checked = checked.max(max);
  if (pattern) checked = checked.regex(pattern.regex, pattern.message);
  return z
    .string()
    .transform((value) => {
      const normalized = normalize ? value.normalize('NFC') : value;
      return trim ? normalized.trim() : normalized;
    })
    .pipe(checked);
}

/**
 * Whether a file's content, read as UTF-8, is plain text: no control characters but tab and line breaks
 * (a PNG's header, a spreadsheet's NUL bytes), no U+FFFD (bytes that were not UTF-8) and no broken pairs.
 */
export function isPlainText(content: string): boolean {
  return !hasControlCharacter(content, true) && !content.includes('\uFFFD') && !hasUnpairedSurrogate(content);
}
