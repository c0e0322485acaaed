import { GorodError, isUnbatchedPath, issue, maxBatchCalls } from '@gorod/domain';
import { TRPCError } from '@trpc/server';
import type { TRPCRequestInfo } from '@trpc/server/http';
import { trpcCodeOf } from '../error-body.js';

const refused = (error: GorodError) => new TRPCError({ code: trpcCodeOf(error.code), message: error.message, cause: error });

/**
 * Refuses a batch of more than {@link maxBatchCalls} calls, and any batch carrying an account procedure
 * (`auth.*`), before any call runs or any input is read. Called when tRPC creates the request's context,
 * so every call of the batch answers with the same 400.
 */
export function assertBatchAllowed(info: TRPCRequestInfo): void {
  if (!info.isBatchCall) return;
  if (info.calls.length > maxBatchCalls) {
    const message = `A batch may carry at most ${maxBatchCalls} calls; this one carries ${info.calls.length}`;
    throw refused(new GorodError('INVALID_INPUT', message, [issue(['batch'], 'too_big', message, { maximum: maxBatchCalls })]));
  }
  const alone = info.calls.find((call) => isUnbatchedPath(call.path));
  if (alone) {
    throw refused(new GorodError('INVALID_INPUT', `${alone.path} cannot be batched: send it in a request of its own`));
  }
}
