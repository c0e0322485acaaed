import { z } from 'zod';
import { text } from '../text.js';

/** Ids of program records: uuid v7 for records made in the portal, readable slugs for seeded ones. */
export const ProgramIdSchema = text({
  min: 1,
  max: 64,
  pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'Use an id of lower-case letters, digits and dashes' },
});
export type ProgramId = z.infer<typeof ProgramIdSchema>;

/** An instant in UTC written as ISO 8601 with `Z` (`2026-11-27T05:00:00.000Z`), as the database stores it. */
export const InstantSchema = z.iso.datetime({ offset: true }).transform(toCanonicalInstant);

/**
 * The stored form of a valid ISO 8601 instant. One already in it (24 characters ending in `.sssZ`; zod
 * has checked the calendar) is returned as is: progress events arrive in batches of hundreds, and a
 * Date round trip per event is a tenth of ingesting them.
 */
function toCanonicalInstant(value: string): string {
  return value.length === 24 && value.charCodeAt(19) === 46 /* . */ && value.charCodeAt(23) === 90 /* Z */ ? value : new Date(value).toISOString();
}

/** Orders strings by code unit, the same on every runtime and locale (unlike `localeCompare`). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A program record named by its id: a session, room, track or speaker to read, change or cancel. */
export const ProgramIdInputSchema = z.strictObject({ id: ProgramIdSchema });
export type ProgramIdInput = z.infer<typeof ProgramIdInputSchema>;
