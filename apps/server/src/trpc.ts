import { type Access, decideAccess, errorStatus, GorodError, type Role, type TokenScope } from '@gorod/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { type ResolvedActor, resolveActor } from './auth/actor.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './auth/policy.js';
import { safeEqual } from './auth/secrets.js';
import { type Context, type RequestServices, requestMetaOf } from './context.js';
import { errorBodyOf, trpcCodeOf } from './error-body.js';

/** The `data` of every tRPC error: Gorod's error body, plus tRPC's status and procedure path. */
export type GorodErrorData = ReturnType<typeof errorBodyOf> & { httpStatus: number; path: string | null };

/** Every procedure declares who may call it; the authorization matrix test reads this. */
export interface ProcedureMeta {
  access: Access;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error, path }) {
      const body = errorBodyOf(error);
      // tRPC answers with data.httpStatus: the status always matches the code, whatever tRPC's own code was.
      const data: GorodErrorData = { ...body, httpStatus: errorStatus[body.code], path: path ?? null };
      return { code: shape.code, message: body.message, data };
    },
  });

export const router = t.router;

/**
 * Every procedure starts here: the services become `ctx`, and a thrown GorodError leaves with its own
 * HTTP status (tRPC would otherwise answer 500 for anything that is not a TRPCError).
 */
const base = t.procedure.use(async ({ ctx, next }) => {
  const services = ctx.services as RequestServices;
  const result = await next({ ctx: { ...services, request: requestMetaOf(services, null) } });
  if (!result.ok) {
    const raw = result.error.cause;
    const cause = raw instanceof CommitThenThrow ? raw.error : raw;
    if (cause instanceof GorodError) {
      // Any 429 tells the client when to come back, whichever limit it hit.
      if (cause.details?.retryAfterSeconds !== undefined) services.http.setHeader('retry-after', String(cause.details.retryAfterSeconds));
      throw new TRPCError({ code: trpcCodeOf(cause.code), message: cause.message, cause });
    }
    if (result.error.code === 'INTERNAL_SERVER_ERROR') services.log('procedure failed', cause ?? result.error);
  }
  return result;
});

type Authenticated = Exclude<ResolvedActor, { kind: 'anonymous' }>;

/**
 * A browser session's mutations must echo the session's CSRF token in a header (double submit): a
 * cross-site form can make the browser send the cookie but can neither read it nor set a header.
 */
export function assertCsrfEcho(services: RequestServices, actor: ResolvedActor, type: string): void {
  if (actor.kind !== 'session' || type !== 'mutation') return;
  const sent = services.http.header(CSRF_HEADER);
  if (!sent || !safeEqual(sent, actor.csrfToken)) {
    throw new GorodError('FORBIDDEN', `Send the ${CSRF_HEADER} header with the value of the ${CSRF_COOKIE} cookie`);
  }
}

/** Resolves the caller and applies the procedure's declared access before its input is even parsed. */
const authenticate = t.middleware(async ({ ctx, meta, type, next }) => {
  const services = ctx.services as RequestServices;
  const access = meta?.access;
  if (!access) throw new GorodError('INTERNAL', 'This procedure declares no access');
  const actor = await resolveActor(services);
  const decision = decideAccess(access, actor);
  if (!decision.allowed) throw new GorodError(decision.code, decision.reason);
  assertCsrfEcho(services, actor, type);
  const authenticated = actor as Authenticated;
  return next({ ctx: { actor: authenticated, request: requestMetaOf(services, authenticated.userId) } });
});

/** Thrown by `commitThenThrow`: the mutation's transaction commits, then `error` is answered. */
class CommitThenThrow extends Error {
  constructor(readonly error: GorodError) {
    super(error.message);
  }
}

/**
 * For a mutation that must keep what it wrote even though it answers with an error (a failed password
 * check stays counted): throw what this returns, and the transaction commits before the error leaves.
 */
export const commitThenThrow = (error: GorodError): Error => new CommitThenThrow(error);

/**
 * A mutation runs in one transaction by construction: `ctx.db` IS the transaction, so a procedure cannot
 * forget to open one, and anything it throws (mail queued included) is rolled back. Queries keep the
 * plain database. Opened after authentication, which reads and touches the session outside it.
 */
const authenticated = base.use(authenticate).use(async ({ ctx, type, next }) => {
  if (type !== 'mutation') return next();
  let answer: Awaited<ReturnType<typeof next>> | undefined;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      answer = await next({ ctx: { db: trx } });
      const cause = answer.ok ? undefined : answer.error.cause;
      // tRPC hands errors back as a result; throwing it is what rolls the transaction back.
      if (!answer.ok && !(cause instanceof CommitThenThrow)) throw answer.error;
      return answer;
    });
  } catch (error) {
    if (answer && !answer.ok) return answer;
    throw error;
  }
});

/**
 * Anyone, signed in or not. An API token sent anyway must still be valid: a developer with a revoked or
 * mistyped token learns so at once, not at the first private call. A mutation sent with a live browser
 * session (signing out, signing in over it) must echo its CSRF token like any other: a cross-site page
 * must not end or replace someone's session. An ended session's cookie has nothing left to protect.
 *
 * The deliberate exception to "a mutation's database is its transaction": the public mutations are the
 * credential ones (signing in, resetting a password, accepting an invitation). They hash or verify a
 * password, which must not hold a transaction (on SQLite it would stall every other request), and a
 * failed sign-in is counted and committed before the 401 leaves. So `ctx.db` here is the plain database
 * and each opens its transaction around its writes, in auth.ts only.
 */
export const publicProcedure = base.meta({ access: { kind: 'public' } }).use(async ({ ctx, type, next }) => {
  if (ctx.http.header('authorization') || (type === 'mutation' && ctx.http.cookie(SESSION_COOKIE))) {
    assertCsrfEcho(ctx, await resolveActor(ctx), type);
  }
  return next();
});

/** Any active user: by browser session, or by API token when `scope` is given and the token carries it. */
export const signedInProcedure = (scope?: TokenScope) => authenticated.meta({ access: { kind: 'signedIn', ...(scope ? { scope } : {}) } });

/** A user holding one of `roles` (by token too, when `scope` is given and the token carries it). */
export const roleProcedure = (roles: readonly Role[], scope?: TokenScope) =>
  authenticated.meta({ access: { kind: 'role', roles, ...(scope ? { scope } : {}) } });
