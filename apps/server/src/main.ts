#!/usr/bin/env node
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { createDb, dialectOf, migrateToLatest, seedDemo, seedDemoLearning, seedDirectory } from '@gorod/db';
import { configFromEnv, listeningUrl } from './config.js';
import { seedDemoAccounts } from './auth/demo-accounts.js';
import { importParticipantsCommand, printImportReport } from './cli/import-participants.js';
import { createServer } from './server.js';
import { uploadStorage } from './uploads/storage.js';
import { uploadWriter } from './uploads/write-upload.js';

const usage = `Usage: gorod [serve|migrate|seed|import-participants] [options]

  serve [--demo] [--dev]
                       migrate, seed an empty database, and serve the portal and API (default);
                       --demo adds the demo forum, the demo accounts (password gorod-demo), the
                       delegations' people and the demo courses with their learners' progress;
                       --dev is development mode: without SMTP_URL, mail (links included) is printed here
  migrate              bring the database schema up to date
  seed [--demo]        insert the cities directory (and the demo data) into an empty database
  import-participants <file.csv> [--good-rows] [--invited-by <organizer email>]
                       invite everyone in a participants CSV (columns: email, name, city, position,
                       locale, roles); a file with errors imports nothing unless --good-rows

Environment: PORT (3000), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL (sqlite:<DATA_DIR>/gorod.db
or postgres://…), PORTAL_DIR (the built portal), PUBLIC_URL (for links in mail), TRUST_PROXY (proxy
addresses whose X-Forwarded-* headers are believed), SMTP_URL and MAIL_FROM (deliver mail; without
SMTP_URL it stays queued in the outbox, or is printed here with --dev), UPLOAD_MAX_BYTES (bytes per course
upload, 209715200 = 200 MiB; uploads are kept in <DATA_DIR>/uploads).`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      dev: { type: 'boolean', default: false },
      'good-rows': { type: 'boolean', default: false },
      'invited-by': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help || !['serve', 'migrate', 'seed', 'import-participants'].includes(command)) {
    console.log(usage);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const config = configFromEnv();
  // The demo courses' documents go where uploads are served from.
  const writeUpload = uploadWriter(uploadStorage(config.dataDir));
  if (dialectOf(config.databaseUrl) === 'sqlite') {
    const file = config.databaseUrl.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  }

  if (command !== 'serve') {
    const db = createDb({ url: config.databaseUrl });
    try {
      const applied = await migrateToLatest(db);
      console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'The schema is up to date');
      if (command === 'import-participants') {
        const file = positionals[1];
        if (!file) throw new Error('Name the CSV file: gorod import-participants <file.csv>');
        const report = await importParticipantsCommand({
          db,
          file,
          importGoodRows: values['good-rows'] ?? false,
          invitedBy: values['invited-by'],
          publicUrl: config.publicUrl,
          localUrl: listeningUrl(config.host, config.port),
        });
        printImportReport(report, values['good-rows'] ?? false);
        if (report.errors.length > 0 && !values['good-rows']) process.exitCode = 1;
      }
      if (command === 'seed') {
        console.log((await seedDirectory(db)) ? 'Seeded the cities directory' : 'The directory is already there');
        if (values.demo) {
          console.log((await seedDemo(db)) ? 'Seeded the demo forum' : 'A forum edition is already there');
          console.log(`Demo accounts created: ${await seedDemoAccounts(db, new Date())}`);
          console.log((await seedDemoLearning(db, writeUpload)) ? 'Seeded the delegations’ people and the demo courses' : 'The demo courses are already there');
        }
      }
    } finally {
      await db.destroy();
    }
    return;
  }

  // The live heap of a serving Gorod stays near 25 MB, but under load V8 let the old space grow to
  // 125–170 MB of promoted per-request garbage between full collections (peak RSS 238 MB in the bench).
  // Optimising for size makes it collect before growing that far: peak RSS near 120 MB, no CPU cost seen
  // per request (apps/server/bench/README.md). Set here, before serving, rather than by re-exec.
  setFlagsFromString('--optimize-for-size');
  const server = await createServer({
    databaseUrl: config.databaseUrl,
    portalDir: config.portalDir,
    demo: values.demo,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    ...(config.trustProxy ? { trustProxy: config.trustProxy } : {}),
    ...(config.smtp ? { smtp: config.smtp } : {}),
    printMail: values.dev,
    dataDir: config.dataDir,
    uploadMaxBytes: config.uploadMaxBytes,
  });
  // Here rather than in createServer: the demo courses need the demo accounts it made, and the in-process
  // test servers (useTestServer) leave the demo's people and courses out, so each test builds what it reads.
  if (values.demo) await seedDemoLearning(server.db, writeUpload);
  const url = await server.listen(config.port, config.host);
  console.log(`Gorod is serving the portal and API at ${url}`);
  if (!config.publicUrl) console.log(`Links in mail point at ${url} (set PUBLIC_URL to the address people open)`);
  if (!config.smtp) {
    console.log(
      values.dev
        ? 'Development mode without SMTP_URL: each mail, link included, is printed here'
        : 'No SMTP_URL: mail stays queued in the outbox, undelivered (set SMTP_URL, or serve --dev to print it here)',
    );
  }
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
