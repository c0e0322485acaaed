// (c) The raw ceiling: node:http + better-sqlite3, no framework. Per request it parses the tRPC-style
// `input`, runs the same SQL that Kysely builds for `listCities({ limit })` (a prepared statement),
// maps rows like the repository's toCity, and serialises the same envelope tRPC sends — so its body is
// byte-for-byte Gorod's (run.mjs checks that before measuring). Nothing is cached between requests.
// env: DATABASE_URL (sqlite:<file>), PORT (0 = any free port). Prints `ready <port>` once listening.
import http from 'node:http';
import { setFlagsFromString } from 'node:v8';
import Database from 'better-sqlite3';

const PATH = '/api/trpc/cities.list';
const file = process.env.DATABASE_URL.slice('sqlite:'.length);
const sqlite = new Database(file);
// The same pragmas as packages/db/src/dialects/sqlite.ts.
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = NORMAL');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');

const list = sqlite.prepare(
  'select "cities"."id", "cities"."region_id", "cities"."country", "cities"."name", "cities"."population", ' +
    '"cities"."time_zone", "cities"."latitude", "cities"."longitude", "cities"."is_administrative_centre" ' +
    'from "cities" order by "cities"."population" desc, "cities"."id" asc limit ?',
);

const count = sqlite.prepare('select count(*) as "total" from "cities"');

const toCity = (row) => ({
  id: row.id,
  regionId: row.region_id,
  country: row.country,
  name: JSON.parse(row.name),
  population: row.population,
  timeZone: row.time_zone,
  coordinates: { latitude: row.latitude, longitude: row.longitude },
  isAdministrativeCentre: row.is_administrative_centre === 1,
});

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const q = req.url.indexOf('?');
  if (req.method !== 'GET' || (q === -1 ? req.url : req.url.slice(0, q)) !== PATH) {
    return send(res, 404, '{"error":"not found"}');
  }
  let limit;
  try {
    const raw = new URLSearchParams(req.url.slice(q + 1)).get('input');
    limit = raw === null ? 50 : (JSON.parse(raw).limit ?? 50);
  } catch {
    return send(res, 400, '{"error":"bad input"}');
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return send(res, 400, '{"error":"bad limit"}');
  const rows = list.all(limit + 1);
  const items = rows.slice(0, limit).map(toCity);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last ? Buffer.from(JSON.stringify([last.population, last.id])).toString('base64url') : null;
  const { total } = count.get();
  send(res, 200, JSON.stringify({ result: { data: { items, nextCursor, total } } }));
});

// The same V8 heap policy as Gorod's main.ts sets when serving, so the comparison is of code, not GC settings.
setFlagsFromString('--optimize-for-size');
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => console.log(`ready ${server.address().port}`));

const stop = () => server.close(() => { sqlite.close(); process.exit(0); });
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
