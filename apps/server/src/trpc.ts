import { GorodError } from '@gorod/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import type { AppServices, Context } from './context.js';
import { errorBodyOf, trpcCodeOf } from './error-body.js';

/** The `data` of every tRPC error: Gorod's error body, plus tRPC's status and procedure path. */
export type GorodErrorData = ReturnType<typeof errorBodyOf> & { httpStatus: number; path: string | null };

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, path }) {
    const body = errorBodyOf(error);
    const data: GorodErrorData = { ...body, httpStatus: shape.data.httpStatus, path: path ?? null };
    return { code: shape.code, message: body.message, data };
  },
});

export const router = t.router;

/**
 * Every procedure starts here: the services become `ctx`, and a thrown GorodError leaves with its own
 * HTTP status (tRPC would otherwise answer 500 for anything that is not a TRPCError).
 */
export const publicProcedure = t.procedure.use(async ({ ctx, next }) => {
  const services = ctx.services as AppServices;
  const result = await next({ ctx: services });
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof GorodError) {
      throw new TRPCError({ code: trpcCodeOf(cause.code), message: cause.message, cause });
    }
    if (result.error.code === 'INTERNAL_SERVER_ERROR') services.log('procedure failed', cause ?? result.error);
  }
  return result;
});
