import { type LocalizedText, LocalizedTextSchema } from '@gorod/domain';
import type { z } from 'zod';

/** Reads a JSON column through a domain schema, so a malformed row fails loudly instead of leaking out. */
export function parseJsonColumn<S extends z.ZodType>(schema: S, value: string): z.output<S> {
  return schema.parse(JSON.parse(value));
}

export const toLocalized = (value: string): LocalizedText => parseJsonColumn(LocalizedTextSchema, value);
export const toLocalizedOrNull = (value: string | null): LocalizedText | null => (value === null ? null : toLocalized(value));
export const fromLocalizedOrNull = (value: LocalizedText | null): string | null => (value === null ? null : JSON.stringify(value));
