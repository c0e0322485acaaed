import { readFile } from 'node:fs/promises';
import { type Db, findCredentials } from '@gorod/db';
import cliProgress from 'cli-progress';
import { importParticipants, type ImportReport } from '../people/import-participants.js';

export interface ImportCommandOptions {
  db: Db;
  file: string;
  importGoodRows: boolean;
  /** The organizer the invitations come from (recorded in the audit log). */
  invitedBy: string | undefined;
  /** PUBLIC_URL: where invitation links point. */
  publicUrl: string | undefined;
  /** Where they point without PUBLIC_URL: the address `serve` would listen on (localhost). */
  localUrl: string;
  /** Where warnings go (stderr). */
  warn?: (text: string) => void;
}

/** `gorod import-participants <file.csv>`: the same import as the organizer's page, with a progress bar. */
export async function importParticipantsCommand(options: ImportCommandOptions): Promise<ImportReport> {
  const csv = await readFile(options.file, 'utf8');
  if (!options.publicUrl) {
    // Mailed to real people, a localhost link is useless; say so before anything is sent.
    (options.warn ?? console.error)(
      `Warning: PUBLIC_URL is not set, so invitation links will point at ${options.localUrl}; set PUBLIC_URL to the address people open.`,
    );
  }
  let invitedBy: string | null = null;
  if (options.invitedBy) {
    const organizer = await findCredentials(options.db, options.invitedBy.toLowerCase());
    if (!organizer) throw new Error(`No user with the email ${options.invitedBy}`);
    invitedBy = organizer.id;
  }
  // cli-progress draws nothing when stdout is not a terminal, so CI logs stay clean.
  const bar = new cliProgress.SingleBar({ format: 'Inviting {bar} {value}/{total}', hideCursor: true }, cliProgress.Presets.shades_classic);
  let started = false;
  const report = await importParticipants(
    { db: options.db, now: () => new Date(), baseUrl: options.publicUrl ?? options.localUrl, invitedBy },
    {
      csv,
      importGoodRows: options.importGoodRows,
      onProgress: (done, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    },
  );
  if (started) bar.stop();
  return report;
}

export function printImportReport(report: ImportReport, importGoodRows: boolean): void {
  for (const error of report.errors) console.log(`  line ${error.line}${error.field ? `, ${error.field}` : ''}: ${error.message}`);
  for (const row of report.skipped) console.log(`  line ${row.line}: ${row.email} is already invited, skipped`);
  if (report.errors.length > 0 && report.imported === 0 && !importGoodRows) {
    console.log(`${report.errors.length} problem(s) in ${report.total} row(s); nothing imported. Fix the file, or pass --good-rows to import the rest.`);
  } else {
    console.log(`Invited ${report.imported} of ${report.total} participant(s).`);
  }
}
