import type { z } from 'zod';

/**
 * Every error code Gorod's API can answer with, and the HTTP status it travels under.
 * The portal and third parties switch on the code, never on the message.
 */
export const errorStatus = {
  /** An input field is missing, of the wrong type, too long, or refers to nothing (see `issues`). */
  INVALID_INPUT: 400,
  /** The request needs a signed-in user or an API token. */
  UNAUTHENTICATED: 401,
  /** The caller is known but may not do this. */
  FORBIDDEN: 403,
  /** The id names nothing that exists (or nothing the caller may see). */
  NOT_FOUND: 404,
  /**
   * The HTTP method does not fit: a query sent as POST, or a method the API never takes (PUT, DELETE,
   * PATCH, OPTIONS, TRACE); the `Allow` header lists what it does take.
   */
  METHOD_NOT_SUPPORTED: 405,
  /** The request conflicts with the current state (a duplicate, an outdated version). */
  CONFLICT: 409,
  /** The request took too long to arrive (its headers or body); the connection is closed. */
  REQUEST_TIMEOUT: 408,
  /** The request body is larger than the server accepts; nothing past the limit is read. */
  PAYLOAD_TOO_LARGE: 413,
  /** A precondition of the request (`If-Match`, `If-Unmodified-Since` on an upload) does not hold. */
  PRECONDITION_FAILED: 412,
  /**
   * The body is not of a type taken here: the API takes only `application/json` (no forms, multipart,
   * text or XML); an upload's content must be one of the allowed file types (see `issues`).
   */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** A `Range` of an upload lies past its end; `Content-Range` gives its size. */
  RANGE_NOT_SATISFIABLE: 416,
  /** Too many attempts; `details.retryAfterSeconds` says when to try again. */
  TOO_MANY_REQUESTS: 429,
  /** The address or the headers are larger than the server reads (16 KB in all). */
  HEADERS_TOO_LARGE: 431,
  /** A fault on the server; it is logged, and the message reveals nothing. */
  INTERNAL: 500,
  /**
   * The call got no answer: connection refused, an unknown host, a dropped network, or a request aborted
   * or timed out before the reply. Only a client says this (the SDK's `toGorodError`), never the server,
   * so it has no HTTP status: 0, as `fetch` reports a network error. Worth retrying later.
   */
  UNREACHABLE: 0,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** One thing wrong with the input: where (zod's whole path), what (a stable code), and why. */
export interface Issue {
  path: string[];
  code: string;
  message: string;
  /** The key under which a client finds this issue's text, e.g. `errors.issue.too_big`. */
  i18nKey: string;
  /** Values the text needs, e.g. `{ maximum: 100 }`. */
  params?: Record<string, string | number>;
}

/** The one shape every failure reaches a caller in, over tRPC and REST alike. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** `errors.<CODE>`: what the portal translates, so the message can stay in English. */
  i18nKey: string;
  issues: Issue[];
  details?: Record<string, string | number>;
}

export const errorI18nKey = (code: ErrorCode) => `errors.${code}`;

/**
 * An expected failure: thrown by procedures and rules, sent to the caller as an {@link ErrorBody}.
 *
 * @example
 * throw new GorodError('NOT_FOUND', 'No city with this id', [issue(['id'], 'not_found', 'No city with this id')]);
 */
export class GorodError extends Error {
  override readonly name = 'GorodError';
  readonly code: ErrorCode;
  readonly issues: Issue[];
  readonly details: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message: string, issues: Issue[] = [], details?: Record<string, string | number>) {
    super(message);
    this.code = code;
    this.issues = issues;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      i18nKey: errorI18nKey(this.code),
      issues: this.issues,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

/** An input issue with its i18n key derived from its code. */
export function issue(
  path: (string | number)[],
  code: string,
  message: string,
  params?: Record<string, string | number>,
): Issue {
  return { path: path.map(String), code, message, i18nKey: `errors.issue.${code}`, ...(params ? { params } : {}) };
}

// The zod issue fields a translated message needs; the rest (regexes, unions' inner issues) stay on the server.
const paramKeys = ['minimum', 'maximum', 'expected', 'format', 'origin', 'validation'] as const;

function paramsOf(zodIssue: z.core.$ZodIssue): Record<string, string | number> | undefined {
  const params: Record<string, string | number> = {};
  const raw = zodIssue as unknown as Record<string, unknown>;
  for (const key of paramKeys) {
    const value = raw[key];
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    if (typeof value === 'bigint') params[key] = Number(value);
  }
  return Object.keys(params).length > 0 ? params : undefined;
}

/** Turns zod's issues into Gorod's, one per wrong field; an unknown key becomes an issue at its own path. */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.flatMap((zodIssue) => {
    const path = zodIssue.path.map(String);
    if (zodIssue.code === 'unrecognized_keys') {
      return zodIssue.keys.map((key) =>
        issue([...path, key], 'unrecognized_key', `Unknown field "${key}": remove it`),
      );
    }
    // A refinement names its own stable code in `params.code` (see `codedIssue` in text.ts).
    const own = zodIssue.code === 'custom' ? zodIssue.params?.code : undefined;
    return [issue(path, typeof own === 'string' ? own : zodIssue.code, zodIssue.message, paramsOf(zodIssue))];
  });
}

export const fromZodError = (error: z.ZodError) =>
  new GorodError('INVALID_INPUT', 'Some fields need attention', issuesFromZod(error));

/**
 * The one "no such thing" answer: also what a caller gets for something that exists but is not theirs to
 * see, so an id never tells whether it exists. `path` names the input field that held the id.
 */
export function notFound(what: string, path?: (string | number)[]): GorodError {
  const message = `No ${what} with this id`;
  return new GorodError('NOT_FOUND', message, path ? [issue(path, 'not_found', message)] : []);
}
