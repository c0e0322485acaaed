/**
 * @gorod/sdk/client — the typed client of the API, its failures and the wire contract.
 *
 * Also exported by '@gorod/sdk'; import from here when an app only calls the API: it then loads none of the domain's schemas.
 */

// The client and its failures.
export type { AppRouter, GorodErrorData } from '@gorod/server';
export { TRPCClientError } from '@trpc/client';
export { apiUrlOf, createGorodClient, type GorodClient, type GorodClientOptions } from './create-client.js';
export { toGorodError } from './to-gorod-error.js';

// The wire contract: where the API answers, how a signed-in browser proves a change is its own, and
// the one shape of every failure.
export { apiPath, csrfCookieIn, csrfCookieName, csrfHeaderName } from '@gorod/domain';
export {
  type ErrorBody,
  type ErrorCode,
  errorI18nKey,
  errorStatus,
  GorodError,
  type Issue,
  issue,
  issuesFromZod,
} from '@gorod/domain';
