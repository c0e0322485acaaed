// Progress through Gorod's real HTTP API: POST /api/trpc/progress.record with a batch of 100 events,
// each batch as its learner (session cookie and CSRF header), over keep-alive connections.
// argv: <config.json> — { port, offset, repeat, connections, warmup, duration, people: [{ id, cookie, csrf }],
// items, nonce, baseMs, atMs, expect: 'accepted' | 'duplicate' }. With `repeat`, batch k is batch
// k % repeat (already sent: every event a duplicate); otherwise batch offset + k (never sent).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { runProtocol } from './pairs.mjs';
import { batchAt } from './progress-batches.mjs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const agent = new http.Agent({ keepAlive: true, maxSockets: config.connections });

function post(k) {
  const { person, events } = batchAt(k, config);
  const body = JSON.stringify({ events });
  return new Promise((resolve, reject) => {
    const call = http.request(
      {
        host: '127.0.0.1',
        port: config.port,
        method: 'POST',
        path: '/api/trpc/progress.record',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          cookie: `gorod_session=${person.cookie}; gorod_csrf=${person.csrf}`,
          'x-gorod-csrf': person.csrf,
        },
      },
      (reply) => {
        const chunks = [];
        reply.on('data', (c) => chunks.push(c));
        reply.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          if (reply.statusCode !== 200) return reject(new Error(`${reply.statusCode} ${text.slice(0, 300)}`));
          const results = JSON.parse(text).result.data.results;
          const wrong = results.find((r) => r.status !== config.expect);
          if (wrong) reject(new Error(`expected ${config.expect}, got ${JSON.stringify(wrong)}`));
          else resolve();
        });
      },
    );
    call.on('error', reject).end(body);
  });
}

const result = await runProtocol({ ...config, once: (k) => post(config.repeat ? k % config.repeat : config.offset + k) });
process.stdout.write(`result ${JSON.stringify(result)}\n`);
process.exit(0);
