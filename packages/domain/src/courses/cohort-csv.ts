import type { FederalDistrict } from '../cities/schemas.js';
import { type Locale, localizedName } from '../locale.js';
import type { EnrollmentStatus } from './enrollment.js';
import type { CohortRow, CohortTable } from './views.js';

/** The columns of the cohort CSV, in order. */
export const cohortCsvColumns = [
  'name',
  'city',
  'region',
  'federalDistrict',
  'cohort',
  'version',
  'status',
  'completedItems',
  'totalItems',
  'percent',
  'completed',
  'lastActivityAt',
] as const;
export type CohortCsvColumn = (typeof cohortCsvColumns)[number];

/** The words of the CSV in the reader's language: the portal passes its translations. */
export interface CohortCsvLabels {
  headers: Record<CohortCsvColumn, string>;
  federalDistricts: Record<FederalDistrict, string>;
  statuses: Record<EnrollmentStatus, string>;
  completed: { yes: string; no: string };
}

const cellsOf = (row: CohortRow, locale: Locale, labels: CohortCsvLabels): Record<CohortCsvColumn, string> => ({
  name: row.name,
  city: row.city ? localizedName(row.city.name, locale) : '',
  region: row.region ? localizedName(row.region.name, locale) : '',
  federalDistrict: row.federalDistrict ? labels.federalDistricts[row.federalDistrict] : '',
  cohort: row.cohortName ?? '',
  version: String(row.version),
  status: labels.statuses[row.status],
  completedItems: String(row.completedItems),
  totalItems: String(row.totalItems),
  // A whole percent, so no spreadsheet misreads a decimal separator of another locale.
  percent: String(Math.round(row.fraction * 100)),
  completed: row.completed ? labels.completed.yes : labels.completed.no,
  lastActivityAt: row.lastActivityAt ?? '',
});

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
const formulaStart = /^[=+\-@\t\r]/;

/** One cell: neutralised against formulas with a leading `'`, then quoted per RFC 4180 when it must be. */
function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The cohort table as a CSV file for Excel and other spreadsheets: a UTF-8 byte order mark (so Excel
 * reads Cyrillic and Chinese), CRLF line ends, RFC 4180 quoting, and every cell that a spreadsheet would
 * run as a formula prefixed with `'`. Names are given in `locale`; the words come from `labels`.
 */
export function cohortCsv(table: CohortTable, locale: Locale, labels: CohortCsvLabels): string {
  const lines = [cohortCsvColumns.map((column) => labels.headers[column])];
  for (const row of table.rows) {
    const cells = cellsOf(row, locale, labels);
    lines.push(cohortCsvColumns.map((column) => cells[column]));
  }
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
