import { type Issue, issuesFromZod } from '@gorod/sdk';
import type { FormEvent } from 'react';
import { type Schema, useFormIssues } from './use-form-issues';

/** What the form reads of a `useMutation` result. */
interface Mutation<TVariables, TData> {
  mutate(variables: TVariables, options?: { onSuccess?: (data: TData) => void }): void;
  error: unknown;
}

interface SubmitOptions<TData> {
  /** The form's own rules beyond the schema (such as "the passwords differ"), checked with it. */
  also?: () => Issue[];
  onSuccess?: (data: TData) => void;
}

/**
 * A form sending `mutation` with input checked by the SDK `schema` (the server's own rule) on submit.
 * `byField` holds the problems by field, in the same `errors.issue.*` words whether the schema or the server
 * found them (the server's show after a submit the schema let through); `formError` is any other failure.
 */
export function useSchemaForm<TVariables, TData>(schema: Schema<TVariables>, mutation: Mutation<TVariables, TData>) {
  const issues = useFormIssues(mutation.error);

  /** `onSubmit` for the form: reads the input at submit time, checks it, and sends it when it passes. */
  function handleSubmit(read: () => unknown, { also, onSuccess }: SubmitOptions<TData> = {}) {
    return (event: FormEvent) => {
      event.preventDefault();
      const parsed = schema.safeParse(read());
      const found = [...(parsed.success ? [] : issuesFromZod(parsed.error)), ...(also?.() ?? [])];
      if (issues.show(found) && parsed.success) mutation.mutate(parsed.data, onSuccess ? { onSuccess } : undefined);
    };
  }

  return { byField: issues.byField, formError: issues.formError, handleSubmit };
}
