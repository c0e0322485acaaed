import { findDelegationOfCity, inSavepoint, listCityZones, listEditions, setUserDelegation, usersWithEmails } from '@gorod/db';
import {
  GorodError,
  isPlainText,
  issue,
  type ParticipantRow,
  type ParticipantRowError,
  participantColumns,
  pickCurrentEdition,
  validateParticipantRecords,
} from '@gorod/domain';
import { parse } from 'csv-parse/sync';
import { type InviteContext, invitePerson } from './invite.js';

export interface ImportReport {
  /** Data rows in the file. */
  total: number;
  imported: number;
  /** Rows whose email already belongs to someone (invited earlier, or by an import running alongside). */
  skipped: SkippedParticipant[];
  errors: ParticipantRowError[];
}

export interface SkippedParticipant {
  line: number;
  email: string;
}

// An import that loses a race to another (both inserting one email) is read and run again, and then
// reports that row as skipped; a third loss in a row is reported as the conflict it is.
const attemptsOnConflict = 3;

export interface ImportOptions {
  csv: string;
  /** Import the good rows of a file with errors; by default a file with any error imports nothing. */
  importGoodRows: boolean;
  onProgress?: (done: number, total: number) => void;
}

const rowError = (line: number, field: string, code: string, message: string): ParticipantRowError => ({
  line,
  field,
  message,
  issue: issue([field], code, message),
});

type ParsedRecord = { record: Record<string, string>; info: { lines: number } };

/** Reads the file: UTF-8 with a header row (a BOM is fine); every malformed line is reported, not fatal. */
function readCsv(csv: string): { records: { line: number; record: Record<string, string> }[]; errors: ParticipantRowError[] } {
  const errors: ParticipantRowError[] = [];
  let header: string[] = [];
  const parsed = parse(csv, {
    bom: true,
    trim: true,
    skip_empty_lines: true,
    info: true,
    columns: (names: string[]) => (header = names.map((name) => name.trim().toLowerCase())),
    skip_records_with_error: true,
    on_skip: (error: { lines?: number; message: string } | undefined) => {
      if (error) errors.push(rowError(error.lines ?? 0, '', 'malformed_row', error.message));
    },
  }) as ParsedRecord[];
  for (const name of header.filter((h) => !(participantColumns as readonly string[]).includes(h))) {
    errors.push(rowError(1, name, 'unknown_column', `Unknown column "${name}"; use ${participantColumns.join(', ')}`));
  }
  for (const required of ['email', 'name']) {
    if (!header.includes(required)) errors.push(rowError(1, required, 'missing_column', `The header has no "${required}" column`));
  }
  return { records: parsed.map(({ record, info }) => ({ line: info.lines, record })), errors };
}

/**
 * Invites everyone in a participants CSV, in one transaction: every bad row is reported with its line and
 * field, and a file with errors imports nothing unless `importGoodRows` is set. Rows whose email already
 * belongs to someone are skipped (listed, not errors), so a file can be imported again after a change.
 */
export async function importParticipants(ctx: InviteContext, options: ImportOptions): Promise<ImportReport> {
  if (!isPlainText(options.csv)) {
    const message = 'This file is not a CSV text file: save it as CSV (UTF-8) and try again';
    throw new GorodError('INVALID_INPUT', 'Some fields need attention', [issue(['csv'], 'not_csv', message)]);
  }
  const { records, errors: fileErrors } = readCsv(options.csv);
  if (fileErrors.some((e) => e.line === 1)) return { total: records.length, imported: 0, skipped: [], errors: fileErrors };
  const { rows, errors: rowErrors } = validateParticipantRecords(records);
  for (let attempt = 1; ; attempt++) {
    try {
      // Each attempt in its own savepoint: a lost race undoes only that attempt, not the caller's transaction.
      return await inSavepoint(ctx.db, 'import_attempt', (trx) =>
        importRows({ ...ctx, db: trx }, options, { total: records.length, rows, errors: [...fileErrors, ...rowErrors] }),
      );
    } catch (error) {
      const lostRace = error instanceof GorodError && error.code === 'CONFLICT' && error.issues[0]?.path[0] === 'email';
      if (!lostRace || attempt === attemptsOnConflict) throw error;
    }
  }
}

/** Checks the valid rows against the directory and the people already there, then invites the rest. */
async function importRows(
  ctx: InviteContext,
  options: ImportOptions,
  file: { total: number; rows: ParticipantRow[]; errors: ParticipantRowError[] },
): Promise<ImportReport> {
  const zones = await listCityZones(ctx.db);
  const delegations = await delegationsByCity(ctx, file.rows);
  const taken = new Set(await usersWithEmails(ctx.db, file.rows.map((r) => r.email)));
  const errors = [...file.errors];
  const skipped: SkippedParticipant[] = [];
  const good = file.rows.filter((row) => {
    if (row.cityId && !zones.has(row.cityId)) {
      errors.push(rowError(row.line, 'city', 'not_found', `No city with the id "${row.cityId}" in the directory`));
      return false;
    }
    if (row.delegationCityId && !delegations.has(row.delegationCityId)) {
      const message = `No delegation from the city "${row.delegationCityId}" in the current edition`;
      errors.push(rowError(row.line, 'delegation', 'not_found', message));
      return false;
    }
    if (taken.has(row.email)) {
      skipped.push({ line: row.line, email: row.email });
      return false;
    }
    return true;
  });
  errors.sort((a, b) => a.line - b.line);
  if (errors.length > 0 && !options.importGoodRows) return { total: file.total, imported: 0, skipped, errors };

  // Inserted in email order, so overlapping imports take the unique key's locks in one order and the
  // later one waits and retries instead of deadlocking.
  good.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  for (const [index, row] of good.entries()) {
    const { line: _line, delegationCityId, ...invitation } = row;
    const timeZone = (row.cityId && zones.get(row.cityId)) || 'Asia/Yekaterinburg';
    const userId = await invitePerson(ctx, { ...invitation, timeZone });
    const delegationId = delegationCityId && delegations.get(delegationCityId);
    if (delegationId) await setUserDelegation(ctx.db, userId, delegationId, false);
    options.onProgress?.(index + 1, good.length);
  }
  return { total: file.total, imported: good.length, skipped, errors };
}

/** The current edition's delegation id for each city a row names in its `delegation` column. */
async function delegationsByCity(ctx: InviteContext, rows: readonly ParticipantRow[]): Promise<Map<string, string>> {
  const cityIds = [...new Set(rows.map((row) => row.delegationCityId).filter((id): id is string => id !== null))];
  const found = new Map<string, string>();
  const edition = cityIds.length > 0 ? pickCurrentEdition(await listEditions(ctx.db), ctx.now()) : undefined;
  if (!edition) return found;
  for (const cityId of cityIds) {
    const id = await findDelegationOfCity(ctx.db, edition.id, cityId);
    if (id) found.set(cityId, id);
  }
  return found;
}
