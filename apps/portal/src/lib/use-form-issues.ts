import { type Issue, issuesFromZod, toGorodError } from '@gorod/sdk';
import { useState } from 'react';
import { issuesByField } from '../ui/issue-text';

/** An SDK schema, as far as a form needs one. */
export interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: Parameters<typeof issuesFromZod>[0] };
}

/**
 * A form's problems by field: first the SDK schema's, checked before sending (the same rule as the
 * server's), then whatever the server still refuses.
 */
export function useFormIssues(serverError: unknown) {
  const [clientIssues, setClientIssues] = useState<Issue[]>([]);
  const server = serverError ? toGorodError(serverError) : undefined;
  const serverIssues = server?.code === 'INVALID_INPUT' ? server.issues : [];
  const byField = issuesByField(clientIssues.length > 0 ? clientIssues : serverIssues);

  /** Parses `input` with `schema`; on failure shows the issues and returns undefined. */
  function check<T>(schema: Schema<T>, input: unknown): T | undefined {
    const parsed = schema.safeParse(input);
    setClientIssues(parsed.success ? [] : issuesFromZod(parsed.error));
    return parsed.success ? parsed.data : undefined;
  }

  /** Shows the form's own issues (such as "the passwords differ"); true when there are none. */
  function show(issues: Issue[]): boolean {
    setClientIssues(issues);
    return issues.length === 0;
  }

  /** Errors other than per-field issues go into the form's notice. */
  const formError = server && server.code !== 'INVALID_INPUT' ? serverError : undefined;
  return { byField, check, show, formError, hasIssues: clientIssues.length > 0 || serverIssues.length > 0 };
}
