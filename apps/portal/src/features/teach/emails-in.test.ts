import { describe, expect, it } from 'vitest';
import { emailsIn } from './emails-in';

describe('the emails of a pasted list', () => {
  it('reads addresses one per line, separated by commas, semicolons or spaces, each once', () => {
    expect(emailsIn('a@example.org\r\nb@example.org, c@example.org;d@example.org  a@example.org\n\n')).toEqual([
      'a@example.org',
      'b@example.org',
      'c@example.org',
      'd@example.org',
    ]);
  });

  it('finds nothing in blank text', () => {
    expect(emailsIn(' \n\t ')).toEqual([]);
  });
});
