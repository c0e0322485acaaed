/**
 * The path under which a Gorod server answers tRPC calls. A client is given the server's address as a
 * person copies it from the browser and appends this.
 */
export const apiPath = '/api/trpc';

/**
 * The cookie a signed-in browser gets beside its (HttpOnly) session cookie. The page's script can read
 * it and echoes it in {@link csrfHeaderName} on every change (double submit): a cross-site page can make
 * the browser send the cookie, but cannot read it. Callers with an API token need neither.
 */
export const csrfCookieName = 'gorod_csrf';

/** The header that carries the {@link csrfCookieName} cookie's value on a signed-in browser's changes. */
export const csrfHeaderName = 'x-gorod-csrf';

/** The CSRF cookie's value in a `Cookie` header or `document.cookie`, or undefined when it is not set. */
export function csrfCookieIn(cookies: string): string | undefined {
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === csrfCookieName) {
      const value = pair.slice(separator + 1).trim();
      return value ? decodeURIComponent(value) : undefined;
    }
  }
  return undefined;
}
