// The baseline for registrations: @gorod/db's own `register` (the session's row lock, the counts and the
// insert, in one transaction) called in a loop through Kysely on the same database, with as many in flight
// as the HTTP run has connections. What is left between this and Gorod is HTTP, tRPC and the session lookup.
// argv: <config.json> — { databaseUrl, offset, connections, warmup, duration, userIds, sessionIds }
import { readFileSync } from 'node:fs';
import { createDb, register } from '@gorod/db';
import { pairAt, runProtocol } from './pairs.mjs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const db = createDb({ url: config.databaseUrl });

const result = await runProtocol({
  ...config,
  once: async (k) => {
    const [userId, sessionId] = pairAt(config.offset + k, config.userIds, config.sessionIds);
    const outcome = await register(db, sessionId, userId, new Date());
    if (outcome.status !== 'confirmed') throw new Error(`outcome ${outcome.status}`);
  },
});
await db.destroy();
process.stdout.write(`result ${JSON.stringify(result)}\n`);
process.exit(0);
