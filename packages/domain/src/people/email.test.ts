import { describe, expect, it } from 'vitest';
import { issuesFromZod } from '../errors.js';
import { EmailSchema } from './email.js';

const accepted = [
  ['name@example.org', 'name@example.org'],
  ['  Glava@Nizhny-Tagil.Example ', 'glava@nizhny-tagil.example'],
  ["o'brien+forum@example.org", "o'brien+forum@example.org"],
  ['a@b', 'a@b'],
  ['ivan@пример.рф', 'ivan@пример.рф'],
  ['Глава@Администрация.РФ', 'глава@администрация.рф'],
  ['李@例子.中国', '李@例子.中国'],
  ['josé@exämple.org', 'josé@exämple.org'],
  ['first.last@sub.example.co.uk', 'first.last@sub.example.co.uk'],
  ['x@xn--e1afmkfd.xn--p1ai', 'x@xn--e1afmkfd.xn--p1ai'],
] as const;

const refused = [
  'a<b>@example.org',
  'a b@example.org',
  '"quoted"@example.org',
  'a,b@example.org',
  'a(b)@example.org',
  'a\\b@example.org',
  'a@@example.org',
  '@example.org',
  'a@',
  'a@example.org.',
  'a@.example.org',
  'a@example..org',
  'a@-example.org',
  'a@example-.org',
  'a@exa_mple.org',
  'a@[127.0.0.1]',
  'a@example.org\u0000',
  `a@${'x'.repeat(64)}.org`,
  'plainaddress',
];

describe('EmailSchema', () => {
  it.each(accepted)('accepts %s as %s', (input, stored) => {
    expect(EmailSchema.parse(input)).toBe(stored);
  });

  it.each(refused)('refuses %s', (input) => {
    expect(EmailSchema.safeParse(input).success).toBe(false);
  });

  it('refuses an address whose lower-case form is over 254 characters, though its typed form is not', () => {
    const parsed = EmailSchema.safeParse(`${'İ'.repeat(250)}@x.org`.slice(0, 254));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(issuesFromZod(parsed.error).map((i) => [i.code, i.params?.maximum])).toEqual([['too_big', 254]]);
  });

  it('reports a malformed address as an email format issue, which the portal words as such', () => {
    const parsed = EmailSchema.safeParse('a<b>@example.org');
    if (parsed.success) throw new Error('accepted');
    expect(issuesFromZod(parsed.error)).toEqual([expect.objectContaining({ code: 'invalid_format', params: expect.objectContaining({ format: 'email' }) })]);
  });
});
