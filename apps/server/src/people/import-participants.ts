import { type Db, listCityZones, usersWithEmails } from '@gorod/db';
import { type ParticipantRowError, issue, participantColumns, validateParticipantRecords } from '@gorod/domain';
import { parse } from 'csv-parse/sync';
import { type InviteContext, invitePerson } from './invite.js';

export interface ImportReport {
  /** Data rows in the file. */
  total: number;
  imported: number;
  errors: ParticipantRowError[];
}

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
 * field, and a file with errors imports nothing unless `importGoodRows` is set.
 */
export async function importParticipants(ctx: InviteContext, options: ImportOptions): Promise<ImportReport> {
  const { records, errors: fileErrors } = readCsv(options.csv);
  if (fileErrors.some((e) => e.line === 1)) return { total: records.length, imported: 0, errors: fileErrors };

  const { rows, errors: rowErrors } = validateParticipantRecords(records);
  const zones = await listCityZones(ctx.db);
  const taken = new Set(await usersWithEmails(ctx.db, rows.map((r) => r.email)));
  const errors = [...fileErrors, ...rowErrors];
  const good = rows.filter((row) => {
    if (row.cityId && !zones.has(row.cityId)) {
      errors.push(rowError(row.line, 'city', 'not_found', `No city with the id "${row.cityId}" in the directory`));
      return false;
    }
    if (taken.has(row.email)) {
      errors.push(rowError(row.line, 'email', 'taken', 'Someone with this email is already invited'));
      return false;
    }
    return true;
  });
  errors.sort((a, b) => a.line - b.line);
  if (errors.length > 0 && !options.importGoodRows) return { total: records.length, imported: 0, errors };

  await ctx.db.transaction().execute(async (trx) => {
    for (const [index, row] of good.entries()) {
      const { line: _line, ...invitation } = row;
      const timeZone = (row.cityId && zones.get(row.cityId)) || 'Asia/Yekaterinburg';
      await invitePerson({ ...ctx, db: trx as Db }, { ...invitation, timeZone });
      options.onProgress?.(index + 1, good.length);
    }
  });
  return { total: records.length, imported: good.length, errors };
}
