export { serverMain, type SpawnedServer, spawnServer } from './spawn-server.js';
export { type TestServer, useTestServer } from './test-server.js';
export { Agent } from './agent.js';
export { lastMailTo, mailedLink, mailTo, type StoredMail } from './outbox.js';
