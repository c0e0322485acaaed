// The forum program's benchmarks (run by run.mjs after cities.list, or alone: `node bench/program.mjs`):
//  1. the cached public program routes, Gorod ÷ a raw node:http server holding the same bytes (200 and 304);
//  2. registrations per second through the real HTTP API on SQLite and PostgreSQL, beside @gorod/db's own
//     `register` called in a loop on the same database. See README.md beside this file.
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { createDb, insertSession, insertUser } from '@gorod/db';
import { sql } from 'kysely';
import { benchDir, CLK_TCK, measure, orchestrator, pin, pinned, seedDemo, serverDir, startGorod, startServer, stopServer } from './processes.mjs';
import { finishReport, fmt, median, printChecks } from './report.mjs';

const supervisorMain = resolve(serverDir, '..', '..', 'packages', 'db', 'dist', 'testing', 'pg-supervisor.js');

const env = process.env;
const ROUNDS = Math.max(5, Number(env.BENCH_ROUNDS || 5));
const READ_SECONDS = Number(env.BENCH_PROGRAM_DURATION || 2);
const WRITE_SECONDS = Number(env.BENCH_REGISTER_DURATION || 2);
const WARMUP = Number(env.BENCH_PROGRAM_WARMUP ?? 1);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS || 10);
const PEOPLE = Number(env.BENCH_PEOPLE || 1000);
const NO_FAIL = env.BENCH_NO_FAIL === '1';
const OUT = resolve(env.BENCH_PROGRAM_OUT || join(serverDir, '.bench', 'program.json'));
const BUDGET = { readVsRaw: 0.5, notModifiedVsRaw: 0.5, registrationsPerSecond: { sqlite: 150, postgres: 100 } };
const ROUTES = [
  { name: 'program.json', path: '/api/public/program.json' },
  { name: 'program.ics', path: '/calendar/program.ics' },
];

const log = (...a) => console.error('[bench:program]', ...a);

let supervisor;
// The supervisor stops PostgreSQL and removes its files when its stdin closes, even if we die.
const { tmp, cleanup } = orchestrator('gorod-bench-program-', log, () => supervisor?.stdin.end());

/** GET over plain node:http, so the body is kept as it travelled (gzip), with its headers. */
function get(port, path, headers) {
  return new Promise((res, rej) => {
    const call = request({ host: '127.0.0.1', port, path, headers }, (reply) => {
      const chunks = [];
      reply.on('data', (c) => chunks.push(c));
      reply.on('end', () => res({ status: reply.statusCode, headers: reply.headers, body: Buffer.concat(chunks) }));
    });
    call.on('error', rej).end();
  });
}

// ---------- 1. the cached program routes ----------
const GZIP = { 'accept-encoding': 'gzip' };

async function programRead(databaseUrl) {
  const gorod = await startGorod(databaseUrl, tmp);
  // Gorod's bytes and headers, once, for the raw server to hold.
  const routes = [];
  for (const route of ROUTES) {
    const r = await get(gorod.port, route.path, GZIP);
    if (r.status !== 200 || r.headers['content-encoding'] !== 'gzip' || !r.headers.etag) {
      throw new Error(`gorod answered ${route.path} with ${r.status}, encoding ${r.headers['content-encoding']}, etag ${r.headers.etag}`);
    }
    const again = await get(gorod.port, route.path, { ...GZIP, 'if-none-match': r.headers.etag });
    if (again.status !== 304) throw new Error(`gorod answered ${route.path} with If-None-Match ${r.headers.etag}: ${again.status}, not 304`);
    const headers = Object.fromEntries(
      ['content-type', 'content-encoding', 'etag', 'cache-control', 'vary'].map((h) => [h, r.headers[h]]).filter(([, v]) => v !== undefined),
    );
    const headersFile = join(tmp, `${route.name}.headers.json`);
    const bodyFile = join(tmp, `${route.name}.body`);
    writeFileSync(headersFile, JSON.stringify(headers));
    writeFileSync(bodyFile, r.body);
    routes.push({ ...route, headersFile, bodyFile, etag: r.headers.etag, bytes: r.body.length });
  }
  const routesFile = join(tmp, 'routes.json');
  writeFileSync(routesFile, JSON.stringify(routes));
  const raw = await startServer('raw', [join(benchDir, 'raw-bytes.mjs'), routesFile], {}, /ready (\d+)/);
  for (const route of routes) {
    const a = await get(gorod.port, route.path, GZIP);
    const b = await get(raw.port, route.path, GZIP);
    if (!a.body.equals(b.body)) throw new Error(`raw's ${route.path} differs from gorod's`);
  }
  log(`bytes identical: ${routes.map((r) => `${r.path} ${r.bytes} B gzip, ETag ${r.etag}`).join('; ')}`);

  const scenarios = routes.flatMap((route) => [
    { key: `${route.name} 200`, route, status: 200, headers: GZIP, budget: BUDGET.readVsRaw },
    { key: `${route.name} 304`, route, status: 304, headers: { ...GZIP, 'if-none-match': route.etag }, budget: BUDGET.notModifiedVsRaw },
  ]);
  const runs = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const sc of scenarios) {
      for (const s of round % 2 ? [gorod, raw] : [raw, gorod]) {
        const url = `http://127.0.0.1:${s.port}${sc.route.path}`;
        const args = [join(benchDir, 'load.mjs'), url, String(CONNECTIONS), String(WARMUP), String(READ_SECONDS), JSON.stringify(sc.headers)];
        const m = await measure(s.name, 1, args, { cpuPid: s.pid, limitSeconds: WARMUP + READ_SECONDS + 30 });
        // autocannon counts a 304 as non-2xx: here a failure is any answer but the one expected.
        const expected = m.statusCodes?.[sc.status]?.count ?? 0;
        const r = { ...m, non2xx: m.requests - expected };
        runs.push({ round, scenario: sc.key, server: s.name, ...r });
        log(
          `round ${round} ${sc.key.padEnd(16)} ${s.name.padEnd(5)} ${fmt(r.rps).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ${fmt(r.cpuUsPerReq).padStart(4)} µs CPU/req  not ${sc.status} ${r.non2xx}  errors ${r.errors + r.timeouts}`,
        );
      }
    }
  }
  await stopServer(raw);
  return { gorod, scenarios, runs };
}

// ---------- 2. registrations ----------

/** Many signed-in people (rows and sessions written directly: no argon2), and every session with room. */
async function preparePeople(databaseUrl) {
  const db = createDb({ url: databaseUrl });
  const now = new Date();
  const people = [];
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < PEOPLE; i++) {
      const id = randomUUID();
      await insertUser(trx, {
        id,
        email: `bench-${i}@bench.example`,
        name: `Bench ${i}`,
        cityId: null,
        position: '',
        locale: 'ru',
        timeZone: 'Europe/Moscow',
        roles: ['learner'],
        passwordHash: null,
        createdAt: now.toISOString(),
      });
      const cookie = randomBytes(32).toString('base64url');
      const csrf = randomBytes(32).toString('base64url');
      await insertSession(trx, {
        idHash: createHash('sha256').update(cookie).digest('hex'),
        userId: id,
        csrfToken: csrf,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 86400000).toISOString(),
      });
      people.push({ id, cookie, csrf });
    }
    // Large capacity: nobody waits, so every registration takes the same path (a seat).
    await sql`update rooms set capacity = 1000000`.execute(trx);
    await sql`update program_sessions set capacity = null`.execute(trx);
  });
  const sessionIds = (await db.selectFrom('program_sessions').select('id').where('status', '<>', 'cancelled').orderBy('id').execute()).map((r) => r.id);
  await db.destroy();
  return { people, sessionIds };
}

async function registrations(dialect, databaseUrl, gorod) {
  const { people, sessionIds } = await preparePeople(databaseUrl);
  log(`${dialect}: ${people.length} people signed in, ${sessionIds.length} sessions with room`);
  let offset = 0;
  const runs = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const kind of round % 2 ? ['gorod', 'direct'] : ['direct', 'gorod']) {
      const file = join(tmp, `${dialect}-${round}-${kind}.json`);
      const common = { offset, connections: CONNECTIONS, warmup: WARMUP, duration: WRITE_SECONDS, sessionIds };
      let r;
      if (kind === 'gorod') {
        writeFileSync(file, JSON.stringify({ ...common, port: gorod.port, people }));
        r = await measure('gorod', 1, [join(benchDir, 'register-load.mjs'), file], { cpuPid: gorod.pid, limitSeconds: WARMUP + WRITE_SECONDS + 30 });
      } else {
        writeFileSync(file, JSON.stringify({ ...common, databaseUrl, userIds: people.map((p) => p.id) }));
        // The loop stands where the server stands: on CPU 0.
        r = await measure('direct', 0, [join(benchDir, 'register-direct.mjs'), file], { limitSeconds: WARMUP + WRITE_SECONDS + 30 });
      }
      offset += r.used;
      if (offset > people.length * sessionIds.length) throw new Error('ran out of distinct (person, session) pairs: raise BENCH_PEOPLE');
      runs.push({ dialect, round, server: kind, ...r });
      log(
        `round ${round} ${dialect.padEnd(8)} ${kind.padEnd(6)} ${fmt(r.rps).padStart(5)} registrations/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ${fmt(r.cpuUsPerReq).padStart(5)} µs CPU/registration  failed ${r.non2xx}${r.non2xx ? ` ${JSON.stringify(r.failures)}` : ''}`,
      );
    }
  }
  return runs;
}

/** A PostgreSQL for the bench: BENCH_DATABASE_URL's server, or a throwaway one on CPU 0 (as the server). */
async function postgresUrl() {
  let base = env.BENCH_DATABASE_URL;
  if (!base) {
    const [cmd, argv] = pin(0, process.execPath, [supervisorMain]);
    supervisor = spawn(cmd, argv, { stdio: ['pipe', 'pipe', 'inherit'] });
    const { port } = await new Promise((res, rej) => {
      let buffered = '';
      supervisor.stdout.on('data', (chunk) => {
        buffered += chunk;
        if (buffered.includes('\n')) res(JSON.parse(buffered.slice(0, buffered.indexOf('\n'))));
      });
      supervisor.once('exit', (code) => rej(new Error(`PostgreSQL did not start (supervisor exited ${code})`)));
    });
    supervisor.removeAllListeners('exit');
    base = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  // A database of its own, so a shared server's data is never touched.
  const name = `gorod_bench_${process.pid}`;
  const admin = createDb({ url: base });
  await sql.raw(`create database ${name}`).execute(admin);
  await admin.destroy();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => {
    const a = createDb({ url: base });
    await sql.raw(`drop database if exists ${name} with (force)`).execute(a);
    await a.destroy();
  } };
}

async function main() {
  log(`rounds ${ROUNDS}, warm-up ${WARMUP} s, measured ${READ_SECONDS} s (reads) / ${WRITE_SECONDS} s (registrations), ${CONNECTIONS} connections, ${pinned ? 'servers on CPU 0, load on CPU 1' : 'UNPINNED'}`);

  const sqliteUrl = `sqlite:${join(tmp, 'bench.db')}`;
  seedDemo(sqliteUrl, tmp);
  const read = await programRead(sqliteUrl);
  const sqliteRuns = await registrations('sqlite', sqliteUrl, read.gorod);
  await stopServer(read.gorod);

  const pg = await postgresUrl();
  let postgresRuns;
  try {
    seedDemo(pg.url, tmp);
    const gorodPg = await startGorod(pg.url, tmp);
    postgresRuns = await registrations('postgres', pg.url, gorodPg);
    await stopServer(gorodPg);
  } finally {
    await pg.drop().catch((e) => log(`could not drop the bench database: ${e.message}`));
  }

  // ---------- report ----------
  const checks = [];
  const pairs = (runs, a, b, value) =>
    [...new Set(runs.map((r) => r.round))].map((round) => value(runs.find((r) => r.round === round && r.server === a), runs.find((r) => r.round === round && r.server === b)));
  console.log(
    `\nforum program — medians of ${ROUNDS} interleaved rounds (ratios: median of per-round ratios) × ${READ_SECONDS} s, ${CONNECTIONS} connections, Accept-Encoding: gzip${pinned ? '; server CPU 0, load CPU 1' : '; UNPINNED'}\n`,
  );
  console.log('| route, answer | Gorod req/s | raw req/s | Gorod ÷ raw req/s | Gorod CPU µs/req | raw CPU µs/req | failed |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const summary = { read: {}, registrations: {} };
  for (const sc of read.scenarios) {
    const rs = read.runs.filter((r) => r.scenario === sc.key);
    const of = (server, f) => median(rs.filter((r) => r.server === server).map(f));
    const perRound = pairs(rs, 'gorod', 'raw', (g, w) => g.rps / w.rps);
    const failed = rs.reduce((t, r) => t + r.non2xx + r.errors + r.timeouts, 0);
    const ratio = median(perRound);
    summary.read[sc.key] = { gorodRps: of('gorod', (r) => r.rps), rawRps: of('raw', (r) => r.rps), ratio, perRound, failed };
    console.log(
      `| ${sc.route.path} ${sc.key.endsWith('304') ? '304 (If-None-Match)' : `200 (${sc.route.bytes} B gzip)`} | ${fmt(of('gorod', (r) => r.rps))} | ${fmt(of('raw', (r) => r.rps))} | ${fmt(ratio, 2)} | ${fmt(of('gorod', (r) => r.cpuUsPerReq))} | ${fmt(of('raw', (r) => r.cpuUsPerReq))} | ${failed} |`,
    );
    checks.push({
      name: `${sc.key} req/s, Gorod ÷ raw`,
      value: ratio,
      shown: `${fmt(ratio, 2)} (rounds: ${perRound.map((x) => fmt(x, 2)).join(', ')})`,
      budget: `≥ ${sc.budget}`,
      ok: ratio >= sc.budget && failed === 0,
    });
  }
  console.log('\n| registrations.register | Gorod registrations/s | Gorod CPU µs/reg | direct register() loop /s | direct CPU µs/reg | Gorod ÷ direct /s | p50 / p99 ms | failed |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [dialect, runs] of [['sqlite', sqliteRuns], ['postgres', postgresRuns]]) {
    const of = (server, f) => median(runs.filter((r) => r.server === server).map(f));
    const perRound = pairs(runs, 'gorod', 'direct', (g, d) => g.rps / d.rps);
    const failed = runs.reduce((t, r) => t + r.non2xx, 0);
    const rps = of('gorod', (r) => r.rps);
    const ratio = median(perRound);
    summary.registrations[dialect] = { gorodRps: rps, directRps: of('direct', (r) => r.rps), ratio, perRound, failed };
    console.log(
      `| ${dialect} | ${fmt(rps)} | ${fmt(of('gorod', (r) => r.cpuUsPerReq))} | ${fmt(of('direct', (r) => r.rps))} | ${fmt(of('direct', (r) => r.cpuUsPerReq))} | ${fmt(ratio, 2)} | ${fmt(of('gorod', (r) => r.p50), 1)} / ${fmt(of('gorod', (r) => r.p99), 1)} | ${failed} |`,
    );
    const budget = BUDGET.registrationsPerSecond[dialect];
    checks.push({ name: `registrations/s on ${dialect}`, value: rps, shown: fmt(rps), budget: `≥ ${budget}`, ok: rps >= budget && failed === 0 });
    checks.push({
      name: `registrations/s on ${dialect}, Gorod ÷ direct`,
      value: ratio,
      shown: `${fmt(ratio, 2)} (rounds: ${perRound.map((x) => fmt(x, 2)).join(', ')})`,
      budget: 'reported',
      ok: null,
    });
  }
  console.log('');
  printChecks(checks, 44);
  return finishReport({
    out: OUT,
    chosen: Boolean(env.BENCH_PROGRAM_OUT),
    noFail: NO_FAIL,
    checks,
    results: {
      config: { ROUNDS, READ_SECONDS, WRITE_SECONDS, WARMUP, CONNECTIONS, PEOPLE, pinned, CLK_TCK, node: process.version },
      summary,
    },
    runs: [...read.runs, ...sqliteRuns, ...postgresRuns],
  });
}

main().then(
  (code) => {
    cleanup();
    process.exit(code);
  },
  (error) => {
    console.error(`[bench:program] FAILED: ${error.stack ?? error.message}`);
    cleanup();
    process.exit(1);
  },
);
