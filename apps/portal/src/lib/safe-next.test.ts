import { describe, expect, it } from 'vitest';
import { safeNext, signInPath } from './safe-next';

describe('safeNext, the guard on where sign-in returns to', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeNext('/people')).toBe('/people');
    expect(safeNext('/cities?q=%D0%B5%D0%BA%D0%B0&district=ural#list')).toBe('/cities?q=%D0%B5%D0%BA%D0%B0&district=ural#list');
    expect(safeNext('/profile/tokens')).toBe('/profile/tokens');
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['a protocol-relative address', '//evil.example'],
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['a backslash after the slash twice', '/\\/evil.example'],
    ['a script', 'javascript:alert(1)'],
    ['a data address', 'data:text/html,<script>alert(1)</script>'],
    ['a tab inside the slashes', '/\t/evil.example'],
    ['a newline inside the slashes', '/\n/evil.example'],
    ['a relative path', 'evil.example'],
    ['an empty value', ''],
  ])('refuses %s', (_, next) => {
    expect(safeNext(next)).toBe('/');
  });

  it('refuses encoded slashes that would lead away once decoded', () => {
    expect(safeNext('/%2F%2Fevil.example')).not.toMatch(/^\/\/|^https?:/);
    expect(safeNext('%2F%2Fevil.example')).toBe('/');
    expect(safeNext(decodeURIComponent('%2F%2Fevil.example'))).toBe('/');
    expect(safeNext(decodeURIComponent('%2F%5Cevil.example'))).toBe('/');
  });

  it('falls back to the given page when there is no next', () => {
    expect(safeNext(null, '/profile')).toBe('/profile');
    expect(safeNext('//evil.example', '/profile')).toBe('/profile');
  });

  it('round-trips through signInPath’s encoding', () => {
    const path = '/people?role=organizer';
    const next = new URLSearchParams(signInPath(path).split('?')[1]).get('next');
    expect(safeNext(next)).toBe(path);
    expect(signInPath('/')).toBe('/sign-in');
  });
});
