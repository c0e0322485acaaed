/**
 * The procedure builders of the people area's owned resources: each loads the resource named by the
 * input, applies the domain's rule (procedures/resource.ts) and hands it on as `ctx.<resource>`, so a
 * procedure never fetches-then-checks by hand. Copy one for a new resource (a course, a registration).
 */
import { findSessionById, findUnrevokedApiToken, findUser } from '@gorod/db';
import {
  ApiTokenRevokeInputSchema,
  canEndSession,
  canManagePerson,
  canRevokeToken,
  canSeePerson,
  canSeeSession,
  canSeeToken,
  EndSessionInputSchema,
  type User,
} from '@gorod/domain';
import type { z } from 'zod';
import { roleProcedure, signedInProcedure } from '../trpc.js';
import { authorizeResource, type ResourceRule } from './resource.js';

const personRule: ResourceRule<User> = { what: 'person', path: 'userId', canSee: canSeePerson, can: canManagePerson };
const tokenRule: ResourceRule<{ id: string; userId: string }> = { what: 'token', path: 'id', canSee: canSeeToken, can: canRevokeToken };
const sessionRule: ResourceRule<{ id: string; userId: string }> = { what: 'session', path: 'sessionId', canSee: canSeeSession, can: canEndSession };

/** A person named by `input.userId`, managed by an organizer: `ctx.person`. */
export const personProcedure = <S extends z.ZodType<{ userId: string }>>(input: S) =>
  roleProcedure(['organizer'])
    .input(input)
    .use(async ({ ctx, input, next }) =>
      next({ ctx: { person: authorizeResource(ctx.actor, await findUser(ctx.db, (input as { userId: string }).userId), personRule) } }),
    );

/** One of the caller's own unrevoked API tokens, named by `input.id`: `ctx.token`. Browser session only. */
export const tokenProcedure = signedInProcedure()
  .input(ApiTokenRevokeInputSchema)
  .use(async ({ ctx, input, next }) => next({ ctx: { token: authorizeResource(ctx.actor, await findUnrevokedApiToken(ctx.db, input.id), tokenRule) } }));

/** One of the caller's own sign-in sessions, named by `input.sessionId`: `ctx.session`. Browser session only. */
export const sessionProcedure = signedInProcedure()
  .input(EndSessionInputSchema)
  .use(async ({ ctx, input, next }) =>
    next({ ctx: { session: authorizeResource(ctx.actor, await findSessionById(ctx.db, input.sessionId), sessionRule) } }),
  );
