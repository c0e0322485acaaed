/**
 * What every answer of the API must look like, checked from the raw HTTP status and text: a 2xx with a
 * tRPC result, or a 4xx whose body is Gorod's error contract (README, `packages/domain/src/errors.ts`)
 * under the status `errorStatus[code]` says. Anything else — a 5xx above all — is a violation.
 */
import { type ErrorCode, errorStatus } from '@gorod/domain';
import { z } from 'zod';

const codes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

const IssueSchema = z.strictObject({
  path: z.array(z.string()),
  code: z.string().min(1),
  message: z.string().min(1),
  i18nKey: z.string().startsWith('errors.issue.'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const ErrorBodySchema = z
  .object({
    code: z.enum(codes),
    message: z.string().min(1),
    i18nKey: z.string(),
    issues: z.array(IssueSchema),
    details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .refine((body) => body.i18nKey === `errors.${body.code}`, { message: 'i18nKey is not errors.<code>' });

/** `GorodErrorData`: the error body plus tRPC's status and path. */
const TrpcErrorDataSchema = z
  .object({ httpStatus: z.number(), path: z.string().nullable() })
  .and(ErrorBodySchema)
  .refine((data) => data.httpStatus === errorStatus[data.code], { message: 'httpStatus is not errorStatus[code]' });

const TrpcErrorSchema = z.object({ error: z.object({ message: z.string(), code: z.number(), data: TrpcErrorDataSchema }) });
const TrpcResultSchema = z.object({ result: z.object({ data: z.unknown() }) });

export type Outcome = { status: number; violation?: string };

const describe = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');

/** One tRPC answer (or one item of a batch): a result, or an error in the contract; returns what is wrong. */
function checkItem(item: unknown): { code?: ErrorCode; problem?: string } {
  const result = TrpcResultSchema.safeParse(item);
  if (result.success) return {};
  const error = TrpcErrorSchema.safeParse(item);
  if (error.success) return { code: error.data.error.data.code };
  return { problem: `neither a result nor an error in the contract (${describe(error.error)})` };
}

/**
 * Judges one HTTP answer. `batch` answers are arrays of items (tRPC answers 207 when they differ);
 * answers from outside tRPC (unknown paths, bodies too large) carry the error body bare.
 */
export function judge(status: number, text: string, batch: boolean): Outcome {
  if (status >= 500) return { status, violation: `answered ${status}: ${text.slice(0, 500)}` };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { status, violation: `answered ${status} with a body that is not JSON: ${JSON.stringify(text.slice(0, 200))}` };
  }
  if (batch && Array.isArray(body)) {
    const items = body.map(checkItem);
    const problem = items.find((i) => i.problem)?.problem;
    if (problem) return { status, violation: `a batch item is ${problem}` };
    const statuses = new Set(items.map((i) => (i.code ? errorStatus[i.code] : 200)));
    const expected = statuses.size === 1 ? [...statuses][0] : 207;
    return expected === status ? { status } : { status, violation: `batch answered ${status}, its items say ${expected}` };
  }
  const bare = ErrorBodySchema.safeParse(body);
  const item = bare.success ? { code: bare.data.code } : checkItem(body);
  if (item.problem) return { status, violation: `answered ${status} with a body ${item.problem}: ${text.slice(0, 300)}` };
  const expected = item.code ? errorStatus[item.code] : 200;
  if (expected !== status) return { status, violation: `answered ${status} but the body says ${item.code ?? 'success'} (${expected})` };
  return { status };
}
