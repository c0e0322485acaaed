// The ceiling for the cached program routes: `node:http` answering from bytes held in memory, with the
// headers Gorod sent for them, and 304 to a client that names the same ETag. No framework, no database.
// argv: <routes.json> — [{ path, headersFile, bodyFile }] as written by program.mjs.
// env: PORT (0 = any free port). Prints `ready <port>` once listening.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { setFlagsFromString } from 'node:v8';

const routes = new Map(
  JSON.parse(readFileSync(process.argv[2], 'utf8')).map((r) => [
    r.path,
    { headers: JSON.parse(readFileSync(r.headersFile, 'utf8')), body: readFileSync(r.bodyFile) },
  ]),
);

const server = http.createServer((req, res) => {
  const route = routes.get(req.url);
  if (req.method !== 'GET' || !route) {
    res.writeHead(404, { 'content-length': 0 });
    return res.end();
  }
  if (req.headers['if-none-match'] === route.headers.etag) {
    res.writeHead(304, { etag: route.headers.etag, 'cache-control': route.headers['cache-control'], vary: route.headers.vary });
    return res.end();
  }
  res.writeHead(200, route.headers);
  res.end(route.body);
});

// The same V8 heap policy as Gorod's main.ts sets when serving.
setFlagsFromString('--optimize-for-size');
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => console.log(`ready ${server.address().port}`));
const stop = () => server.close(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
