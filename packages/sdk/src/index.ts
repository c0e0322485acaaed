/**
 * @gorod/sdk — the domain of Gorod (cities, forum editions, delegations: zod schemas, types and pure
 * rules) and a typed client of its API.
 */
export * from '@gorod/domain';
export type { AppRouter, GorodErrorData } from '@gorod/server';
export { TRPCClientError } from '@trpc/client';
export { apiUrlOf, createGorodClient, type GorodClient, type GorodClientOptions } from './client.js';
export { toGorodError } from './errors.js';
