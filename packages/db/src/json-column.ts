import type { z } from 'zod';

/**
 * A JSON text column read back through the domain schema of what was written: a row that does not match
 * (edited by hand, written by an older version) fails loudly here instead of travelling on mistyped.
 */
export function parseJsonColumn<S extends z.ZodType>(schema: S, json: string): z.output<S> {
  return schema.parse(JSON.parse(json));
}
