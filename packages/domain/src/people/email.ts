import { z } from 'zod';
import { text } from '../text.js';

/**
 * The email rule: the HTML standard's "valid e-mail address" (WHATWG, the rule of `<input type=email>`),
 * with Unicode allowed where that rule allows only ASCII letters and digits:
 *
 * - local part: one or more of letters, combining marks and digits of any script (`\p{L}\p{M}\p{Nd}`) and
 *   `` .!#$%&'*+/=?^_`{|}~- `` — so no spaces, quotes, `<`, `>`, `(`, `)`, `,`, `;`, `:`, `\`, `[`, `]`, `@`;
 * - `@`;
 * - domain: labels separated by single dots, each 1–63 characters of letters, marks, digits (any script:
 *   IDN such as `пример.рф` or `例子.中国`) and inner hyphens, starting with a letter or digit and not
 *   ending with a hyphen; no leading or trailing dot. As in WHATWG, one label is enough (`a@b`).
 *
 * Checked after NFC normalisation, trimming and lower-casing, and at most 254 characters after all three
 * (250 × `İ` lower-cases to 500 characters and is refused as too long).
 */
export const emailPattern =
  /^[\p{L}\p{M}\p{Nd}.!#$%&'*+/=?^_`{|}~-]+@[\p{L}\p{Nd}](?:[\p{L}\p{M}\p{Nd}-]{0,61}[\p{L}\p{M}\p{Nd}])?(?:\.[\p{L}\p{Nd}](?:[\p{L}\p{M}\p{Nd}-]{0,61}[\p{L}\p{M}\p{Nd}])?)*$/u;

/** An email address as Gorod stores and compares it: lower-cased, so compared case-insensitively. */
export const EmailSchema = z
  .string()
  .transform((email) => email.normalize('NFC').trim().toLowerCase())
  .pipe(text({ max: 254 }))
  .pipe(z.email({ pattern: emailPattern, message: 'Enter an email address such as name@example.org' }));
