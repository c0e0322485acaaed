// Registrations through Gorod's real HTTP API: POST /api/trpc/registrations.register, each signed-in
// person with their session cookie and CSRF header, over keep-alive connections, every pair distinct.
// argv: <config.json> — { port, offset, connections, warmup, duration, people: [{ cookie, csrf }], sessionIds }
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { pairAt, runProtocol } from './pairs.mjs';
import { postAs } from './post-as.mjs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const agent = new http.Agent({ keepAlive: true, maxSockets: config.connections });

async function register(person, sessionId) {
  const { status, text } = await postAs(agent, config.port, '/api/trpc/registrations.register', person, { sessionId });
  // Every pair is new and every session has room: anything but a fresh seat is a failure.
  if (status !== 200 || !text.includes('"confirmed"')) throw new Error(`${status} ${text}`);
}

const result = await runProtocol({
  ...config,
  once: (k) => register(...pairAt(config.offset + k, config.people, config.sessionIds)),
});
process.stdout.write(`result ${JSON.stringify(result)}\n`);
process.exit(0);
