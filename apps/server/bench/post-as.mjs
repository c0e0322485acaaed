// A POST to Gorod's tRPC API as a signed-in person (their session cookie and the CSRF header), over a load
// script's keep-alive agent: what register-load.mjs and progress-load.mjs send. Resolves with the status
// and the body's text; the caller judges the answer.
import http from 'node:http';

export function postAs(agent, port, path, person, input) {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const call = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
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
        reply.on('end', () => resolve({ status: reply.statusCode, text: Buffer.concat(chunks).toString() }));
      },
    );
    call.on('error', reject).end(body);
  });
}
