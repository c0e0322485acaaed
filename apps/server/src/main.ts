#!/usr/bin/env node
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createDb, dialectOf, migrateToLatest, seedDemo, seedDirectory } from '@gorod/db';
import { configFromEnv } from './config.js';
import { seedDemoAccounts } from './auth/demo-accounts.js';
import { createServer } from './server.js';

const usage = `Usage: gorod [serve|migrate|seed] [--demo]

  serve     migrate, seed an empty database, and serve the portal and API (default)
  migrate   bring the database schema up to date
  seed      insert the cities directory (and with --demo the demo forum) into an empty database

Environment: PORT (3000), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL (sqlite:<DATA_DIR>/gorod.db
or postgres://…), PORTAL_DIR (the built portal).`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { demo: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help || !['serve', 'migrate', 'seed'].includes(command)) {
    console.log(usage);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const config = configFromEnv();
  if (dialectOf(config.databaseUrl) === 'sqlite') {
    const file = config.databaseUrl.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  }

  if (command !== 'serve') {
    const db = createDb({ url: config.databaseUrl });
    try {
      const applied = await migrateToLatest(db);
      console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'The schema is up to date');
      if (command === 'seed') {
        console.log((await seedDirectory(db)) ? 'Seeded the cities directory' : 'The directory is already there');
        if (values.demo) {
          console.log((await seedDemo(db)) ? 'Seeded the demo forum' : 'A forum edition is already there');
          console.log(`Demo accounts created: ${await seedDemoAccounts(db, new Date())}`);
        }
      }
    } finally {
      await db.destroy();
    }
    return;
  }

  const server = await createServer({
    databaseUrl: config.databaseUrl,
    portalDir: config.portalDir,
    demo: values.demo,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    ...(config.trustProxy ? { trustProxy: config.trustProxy } : {}),
  });
  const url = await server.listen(config.port, config.host);
  console.log(`Gorod is serving the portal and API at ${url}`);
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
