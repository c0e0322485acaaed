// Registrations through Gorod's real HTTP API: POST /api/trpc/registrations.register, each signed-in
// person with their session cookie and CSRF header, over keep-alive connections, every pair distinct.
// argv: <config.json> — { port, offset, connections, warmup, duration, people: [{ cookie, csrf }], sessionIds }
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { pairAt, runProtocol } from './pairs.mjs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const agent = new http.Agent({ keepAlive: true, maxSockets: config.connections });

function post(person, sessionId) {
  const body = JSON.stringify({ sessionId });
  return new Promise((resolve, reject) => {
    const call = http.request(
      {
        host: '127.0.0.1',
        port: config.port,
        method: 'POST',
        path: '/api/trpc/registrations.register',
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
          // Every pair is new and every session has room: anything but a fresh seat is a failure.
          if (reply.statusCode === 200 && text.includes('"confirmed"')) resolve();
          else reject(new Error(`${reply.statusCode} ${text}`));
        });
      },
    );
    call.on('error', reject).end(body);
  });
}

const result = await runProtocol({
  ...config,
  once: (k) => post(...pairAt(config.offset + k, config.people, config.sessionIds)),
});
process.stdout.write(`result ${JSON.stringify(result)}\n`);
process.exit(0);
