/**
 * The path under which a Gorod server answers tRPC calls. A client is given the server's address as a
 * person copies it from the browser and appends this.
 */
export const apiPath = '/api/trpc';

/**
 * The most calls one batched request (`?batch=1`) may carry; the SDK splits longer batches. Without a
 * cap, one request could fan out into hundreds of calls.
 */
export const maxBatchCalls = 10;

/**
 * Procedures that must travel one per request, never batched: the account procedures (`auth.*`), whose
 * throttling and password hashing count requests, so a batch must not multiply one request's attempts.
 */
export const isUnbatchedPath = (path: string): boolean => path.startsWith('auth.');

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
