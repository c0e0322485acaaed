import { apiPath, csrfCookieIn, csrfHeaderName, isUnbatchedPath, maxBatchCalls } from '@gorod/domain';
import type { AppRouter } from '@gorod/server';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, type TRPCClient } from '@trpc/client';

export interface GorodClientOptions {
  /**
   * The server's address as you copy it from the browser: `https://forum.example.org` or
   * `http://localhost:3000`. The client adds the API path itself.
   */
  url: string;
  /**
   * An API token (`gorod_…`, created on the portal's "API tokens" page), sent as
   * `Authorization: Bearer <token>`. Without one, a browser on the portal's own origin calls as the
   * signed-in user.
   */
  token?: string;
  /** A fetch to use instead of the global one (a proxy, a test double, an older runtime). */
  fetch?: typeof globalThis.fetch;
}

/**
 * In a browser signed in by cookie, the server wants its CSRF cookie echoed in a header on every change
 * (a cross-site page can make the browser send the cookie, but cannot read it).
 */
function csrfHeader(): Record<string, string> {
  if (typeof document === 'undefined') return {};
  const csrf = csrfCookieIn(document.cookie);
  return csrf ? { [csrfHeaderName]: csrf } : {};
}

/** A typed client of Gorod's API: `client.cities.list.query({ search: 'Екатеринбург' })`. */
export type GorodClient = TRPCClient<AppRouter>;

/** The tRPC endpoint of a Gorod server, from its address. */
export function apiUrlOf(serverUrl: string): string {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    throw new TypeError(`createGorodClient: "${serverUrl}" is not an address; pass one such as https://forum.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`createGorodClient: "${serverUrl}" must start with http:// or https://`);
  }
  // Keep a path prefix (a server mounted under /gorod), drop the query and a trailing slash.
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${apiPath}`;
}

/**
 * Creates a typed client of a Gorod server. Every input and output is typed from the server's router.
 *
 * @example
 * import { createGorodClient, cityLocalTime } from "@gorod/sdk";
 *
 * const gorod = createGorodClient({ url: 'http://localhost:3000' });
 * const { items } = await gorod.cities.list.query({ search: 'екатеринбург' });
 * console.log(items[0]?.name.ru, cityLocalTime(items[0]!, new Date()));
 */
export function createGorodClient({ url, token, fetch }: GorodClientOptions): GorodClient {
  const http = {
    url: apiUrlOf(url),
    ...(fetch ? { fetch } : {}),
    headers: () => (token ? { authorization: `Bearer ${token}` } : csrfHeader()),
  };
  return createTRPCClient<AppRouter>({
    links: [
      // The server refuses account calls (auth.*) in a batch and batches of more than maxBatchCalls.
      splitLink({
        condition: (op) => isUnbatchedPath(op.path),
        true: httpLink(http),
        // Browsers and proxies refuse very long URLs; longer or larger batches are split.
        false: httpBatchLink({ ...http, maxURLLength: 2000, maxItems: maxBatchCalls }),
      }),
    ],
  });
}
