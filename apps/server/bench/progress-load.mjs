// Progress through Gorod's real HTTP API: POST /api/trpc/progress.record with a batch of 100 events,
// each batch as its learner (session cookie and CSRF header), over keep-alive connections.
// argv: <config.json> — { port, offset, repeat, connections, warmup, duration, people: [{ id, cookie, csrf }],
// items, nonce, baseMs, atMs, expect: 'accepted' | 'duplicate' }. With `repeat`, batch k is batch
// k % repeat (already sent: every event a duplicate); otherwise batch offset + k (never sent).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { runProtocol } from './pairs.mjs';
import { postAs } from './post-as.mjs';
import { batchAt } from './progress-batches.mjs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const agent = new http.Agent({ keepAlive: true, maxSockets: config.connections });

async function record(k) {
  const { person, events } = batchAt(k, config);
  const { status, text } = await postAs(agent, config.port, '/api/trpc/progress.record', person, { events });
  if (status !== 200) throw new Error(`${status} ${text.slice(0, 300)}`);
  const wrong = JSON.parse(text).result.data.results.find((r) => r.status !== config.expect);
  if (wrong) throw new Error(`expected ${config.expect}, got ${JSON.stringify(wrong)}`);
}

const result = await runProtocol({ ...config, once: (k) => record(config.repeat ? k % config.repeat : config.offset + k) });
process.stdout.write(`result ${JSON.stringify(result)}\n`);
process.exit(0);
