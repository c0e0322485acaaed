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
