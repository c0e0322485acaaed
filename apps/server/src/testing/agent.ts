import { apiPath, csrfCookieName, csrfHeaderName } from '@gorod/domain';
import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';
import type { AppRouter } from '../router.js';

/**
 * A caller with its own cookie jar, as a browser would be: it keeps the session and CSRF cookies the
 * server sets and echoes the CSRF cookie in the x-gorod-csrf header. With `token`, it calls as an API
 * client instead.
 */
export class Agent {
  readonly cookies = new Map<string, string>();
  readonly client: TRPCClient<AppRouter>;
  /** Extra headers on every request (e.g. a forwarded address). */
  headers: Record<string, string> = {};
  sendCsrf = true;

  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {
    this.client = createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${baseUrl}${apiPath}`, fetch: (url, init) => this.fetch(String(url), init) })],
    });
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(this.headers)) headers.set(name, value);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const csrf = this.cookies.get(csrfCookieName);
    if (csrf && this.sendCsrf) headers.set(csrfHeaderName, csrf);
    if (this.token) headers.set('authorization', `Bearer ${this.token}`);
    const response = await fetch(url, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Calls a procedure by path with raw HTTP, to see the status and the body as sent. */
  async call(path: string, type: 'query' | 'mutation', input?: unknown): Promise<{ status: number; body: any; headers: Headers }> {
    const url = `${this.baseUrl}${apiPath}/${path}`;
    const response =
      type === 'query'
        ? await this.fetch(input === undefined ? url : `${url}?input=${encodeURIComponent(JSON.stringify(input))}`)
        : await this.fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            ...(input === undefined ? {} : { body: JSON.stringify(input) }),
          });
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  async signIn(email: string, password = 'gorod-demo'): Promise<this> {
    await this.client.auth.signIn.mutate({ email, password });
    return this;
  }
}
