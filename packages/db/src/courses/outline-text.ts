import { type Outline, OutlineSchema } from '@gorod/domain';
import { parseJsonColumn } from '../json-column.js';

/** How many parsed outlines are kept: more than the course versions that learners study at once. */
const keptOutlines = 64;
const parsed = new Map<string, Outline>();

/**
 * An outline column parsed through its schema, kept by its text: ingestion reads the same few
 * published outlines for every batch, and parsing one (JSON, then the schema's checks) cost more
 * than the statement that read it. Keyed by the text itself, so an edited draft or another database
 * can never be answered with a stale parse. Callers only read the outline (it is shared).
 */
export function parseOutlineText(text: string): Outline {
  let outline = parsed.get(text);
  if (outline) return outline;
  outline = parseJsonColumn(OutlineSchema, text);
  if (parsed.size >= keptOutlines) parsed.delete(parsed.keys().next().value!);
  parsed.set(text, outline);
  return outline;
}
