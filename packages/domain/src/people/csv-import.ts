import type { z } from 'zod';
import { type Issue, issuesFromZod } from '../errors.js';
import { InviteInputSchema } from './schemas.js';

/**
 * The columns a participants file may have; `email` and `name` are required. `delegation` is the city id of
 * the delegation (in the current edition) the person travels with, e.g. `perm`.
 */
export const participantColumns = ['email', 'name', 'city', 'position', 'locale', 'roles', 'delegation'] as const;

export interface ParticipantRowError {
  /** The file's line, counting the header as line 1. */
  line: number;
  field: string;
  message: string;
  issue: Issue;
}

/** A CSV record (header → cell) as the invitation it asks for, before validation. */
function invitationOf(record: Record<string, string>) {
  const roles = record.roles?.trim();
  return {
    email: record.email ?? '',
    name: record.name ?? '',
    cityId: record.city?.trim() ? record.city.trim().toLowerCase() : null,
    position: record.position ?? '',
    locale: record.locale?.trim() || 'ru',
    roles: roles ? roles.split(/[;|\s]+/).filter(Boolean).map((r) => r.toLowerCase()) : ['learner'],
  };
}

/** A valid row: the invitation, its line, and the city id of its delegation (checked by the server) or null. */
export type ParticipantRow = z.output<typeof InviteInputSchema> & { line: number; delegationCityId: string | null };

/**
 * Validates parsed CSV records (objects keyed by header) as invitations: the good rows, and every bad
 * row's line and field. Unknown city and delegation ids and duplicates against the database are checked by the server.
 */
export function validateParticipantRecords(
  records: readonly { line: number; record: Record<string, string> }[],
): { rows: ParticipantRow[]; errors: ParticipantRowError[] } {
  const rows: ParticipantRow[] = [];
  const errors: ParticipantRowError[] = [];
  const seenEmails = new Map<string, number>();
  for (const { line, record } of records) {
    const parsed = InviteInputSchema.safeParse(invitationOf(record));
    if (!parsed.success) {
      for (const issue of issuesFromZod(parsed.error)) {
        const field = issue.path[0] === 'cityId' ? 'city' : (issue.path[0] ?? '');
        errors.push({ line, field, message: issue.message, issue });
      }
      continue;
    }
    const first = seenEmails.get(parsed.data.email);
    if (first !== undefined) {
      const message = `The same email is already on line ${first}`;
      errors.push({ line, field: 'email', message, issue: { path: ['email'], code: 'duplicate', message, i18nKey: 'errors.issue.duplicate' } });
      continue;
    }
    seenEmails.set(parsed.data.email, line);
    const delegation = record.delegation?.trim().toLowerCase();
    rows.push({ ...parsed.data, line, delegationCityId: delegation || null });
  }
  return { rows, errors };
}
