// The baseline for progress ingestion: the same rows Gorod stores for batch k, inserted by a raw
// better-sqlite3 loop — one transaction of 100 prepared INSERTs per batch, with Gorod's pragmas — into a
// copy of the bench database. What is left between this and Gorod is HTTP, tRPC, the session, the
// judging (enrolment, outline, stored events, deriveProgress) and Kysely.
// argv: <config.json> — { file, offset, warmup, duration, people, items, nonce, baseMs, atMs, courseId }
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { runProtocol } from './pairs.mjs';
import { batchAt } from './progress-batches.mjs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const db = new Database(config.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
const insert = db.prepare('insert into progress_events (id, user_id, course_id, item_id, kind, at, fraction, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)');
const insertBatch = db.transaction((userId, events, receivedAt) => {
  for (const e of events) insert.run(e.id, userId, config.courseId, e.itemId, e.kind, e.at, e.fraction ?? null, receivedAt);
});

const result = await runProtocol({
  ...config,
  // One loop: better-sqlite3 is synchronous, so more "connections" would only take turns.
  connections: 1,
  once: async (k) => {
    const { person, events } = batchAt(config.offset + k, config);
    insertBatch(person.id, events, new Date().toISOString());
  },
});
db.close();
process.stdout.write(`result ${JSON.stringify(result)}\n`);
process.exit(0);
