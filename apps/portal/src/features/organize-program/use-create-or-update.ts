import { useSchemaForm } from '../../lib/use-schema-form';
import type { Schema } from '../../lib/use-form-issues';

interface AnyMutation {
  mutate: (...args: never[]) => void;
  error: unknown;
  isPending: boolean;
}

/**
 * One form for a new record and for an existing one: the create schema and mutation while `editingId`
 * is absent, the update ones (with the id) once it is set; problems show by field either way.
 */
export function useCreateOrUpdate(
  editingId: string | undefined,
  schemas: { create: Schema<unknown>; update: Schema<unknown> },
  mutations: { create: AnyMutation; update: AnyMutation },
) {
  const mutation = editingId ? mutations.update : mutations.create;
  const form = useSchemaForm<unknown, unknown>(editingId ? schemas.update : schemas.create, {
    mutate: (input, options) => (mutation.mutate as (i: unknown, o?: unknown) => void)(input, options),
    error: mutation.error,
  });
  return { ...form, isPending: mutation.isPending };
}
