// `npm run bench` (in apps/server): Gorod's cities.list against its framework floor and a raw ceiling.
// See README.md beside this file. Loopback only; every load run is bounded in time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { benchDir, CLK_TCK, cores, hasTaskset, measure, memoryKb, orchestrator, pin, pinned, seedDemo, serverDir, serverMain, startGorod, startServer, stopServer } from './processes.mjs';
import { finishReport, fmt, median, printChecks } from './report.mjs';

const env = process.env;
const ROUNDS = Math.max(5, Number(env.BENCH_ROUNDS || 5));
const DURATION = Number(env.BENCH_DURATION || 5);
const WARMUP = Number(env.BENCH_WARMUP ?? 2);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS || 10);
const NO_FAIL = env.BENCH_NO_FAIL === '1';
const OUT = resolve(env.BENCH_OUT || join(serverDir, '.bench', 'results.json'));
const BUDGET = { cpuVsBare: 1.2, rssMb: 200, firstPageKb: 160 };
const portalDir = resolve(serverDir, '..', 'portal', 'dist');
const INPUT = { limit: 50 };
const PATH = `/api/trpc/cities.list?input=${encodeURIComponent(JSON.stringify(INPUT))}`;

const log = (...a) => console.error('[bench]', ...a);

const { tmp, cleanup } = orchestrator('gorod-bench-', log);


function warnIfStale() {
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'testing' ? t : Math.max(t, newest(p));
      return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? Math.max(t, statSync(p).mtimeMs) : t;
    }, 0);
  const built = statSync(serverMain).mtimeMs;
  const src = newest(join(serverDir, 'src'));
  if (src > built) log('warning: apps/server/src has changes newer than dist/ — rebuild to measure them.');
}

/** GET over plain node:http, so the body is counted as it travelled (fetch would decompress it). */
function getRaw(port, path) {
  return new Promise((res, rej) => {
    const call = request({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': 'br, gzip' } }, (reply) => {
      const chunks = [];
      reply.on('data', (c) => chunks.push(c));
      reply.on('end', () => res({ status: reply.statusCode, headers: reply.headers, body: Buffer.concat(chunks) }));
    });
    call.on('error', rej).end();
  });
}

/**
 * What a browser downloads before the portal's first render, as Gorod serves it to one that accepts
 * brotli: index.html, its entry script, the chunks it preloads and its stylesheets. Bytes of the bodies.
 */
async function firstPageTransfer(port) {
  const page = await getRaw(port, '/');
  const html = page.body.toString();
  const paths = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="(\/[^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*\bhref="(\/[^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\bhref="(\/[^"]+)"[^>]*\brel="(?:modulepreload|stylesheet)"/g)].map((m) => m[1]),
  ];
  const files = [{ path: '/', status: page.status, encoding: page.headers['content-encoding'] ?? 'identity', bytes: page.body.length }];
  for (const path of new Set(paths)) {
    const r = await getRaw(port, path);
    files.push({ path, status: r.status, encoding: r.headers['content-encoding'] ?? 'identity', bytes: r.body.length });
  }
  return { bytes: files.reduce((t, f) => t + f.bytes, 0), files };
}

async function main() {
  if (!existsSync(serverMain)) {
    throw new Error(`${serverMain} is missing: build first (npx turbo run build --filter=@gorod/server).`);
  }
  warnIfStale();
  if (!pinned) log(`taskset ${hasTaskset ? 'found' : 'missing'}, ${cores} core(s): running UNPINNED — figures are noisier.`);
  log(
    `rounds ${ROUNDS}, warm-up ${WARMUP} s, measured ${DURATION} s, ${CONNECTIONS} connections, CLK_TCK ${CLK_TCK}, ${pinned ? 'servers on CPU 0, load on CPU 1' : 'unpinned'}`,
  );

  // 1. A production-like database: the built CLI migrates it and seeds the directory and the demo forum.
  const DATABASE_URL = `sqlite:${join(tmp, 'bench.db')}`;
  seedDemo(DATABASE_URL, tmp);

  // 2. The three servers, each in its own process on CPU 0.
  const withUrl = (s) => ({ ...s, url: `http://127.0.0.1:${s.port}${PATH}` });
  const servers = [];
  // Served as in production, with the built portal when there is one (for the first-page check).
  servers.push(withUrl(await startGorod(DATABASE_URL, tmp, existsSync(join(portalDir, 'index.html')) ? { portalDir } : {})));
  servers.push(withUrl(await startServer('bare-trpc', [join(benchDir, 'bare-trpc.mjs')], { DATABASE_URL }, /ready (\d+)/)));
  servers.push(withUrl(await startServer('raw', [join(benchDir, 'raw.mjs')], { DATABASE_URL }, /ready (\d+)/)));
  const [gorod] = servers;

  // Same bytes from all three before anything is measured.
  const bodies = [];
  for (const s of servers) {
    const r = await fetch(s.url);
    const body = Buffer.from(await r.arrayBuffer());
    if (r.status !== 200) throw new Error(`${s.name} answered ${r.status}: ${body.toString().slice(0, 500)}`);
    bodies.push(body);
  }
  const itemCount = JSON.parse(bodies[0]).result?.data?.items?.length;
  if (itemCount !== INPUT.limit) throw new Error(`gorod returned ${itemCount} items, expected ${INPUT.limit}`);
  for (let i = 1; i < servers.length; i++) {
    if (!bodies[i].equals(bodies[0])) {
      const a = bodies[0].toString();
      const b = bodies[i].toString();
      let at = 0;
      while (at < a.length && a[at] === b[at]) at++;
      throw new Error(
        `${servers[i].name}'s body differs from gorod's at byte ${at} (${bodies[i].length} vs ${bodies[0].length} bytes):\n` +
          `  gorod: …${a.slice(Math.max(0, at - 60), at + 60)}\n  ${servers[i].name}: …${b.slice(Math.max(0, at - 60), at + 60)}`,
      );
    }
  }
  log(`bodies identical: ${bodies[0].length} bytes, ${itemCount} cities, GET ${PATH}`);

  // 3. Interleaved rounds.
  const runs = [];
  // Each round measures every server back to back, in alternating order (a b c, then c b a), so a drift
  // of the machine within a round weighs on Gorod and bare tRPC alike; their ratio is taken per round.
  for (let round = 1; round <= ROUNDS; round++) {
    for (const s of round % 2 ? servers : [...servers].reverse()) {
      const load = [join(benchDir, 'load.mjs'), s.url, String(CONNECTIONS), String(WARMUP), String(DURATION)];
      const r = await measure(s.name, 1, load, { cpuPid: s.pid, limitSeconds: WARMUP + DURATION + 30, rssPid: s === gorod ? s.pid : undefined });
      runs.push({ round, server: s.name, ...r, rssPeakKb: r.rssPeakKb ?? null });
      log(
        `round ${round} ${s.name.padEnd(9)} ${fmt(r.rps).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ` +
          `${fmt(r.cpuUsPerReq).padStart(5)} µs CPU/req  (CPU ${fmt(r.cpuShare * 100)} %)  non-2xx ${r.non2xx}  errors ${r.errors + r.timeouts}`,
      );
    }
  }
  const peakHwmKb = memoryKb(gorod.pid, 'VmHWM');
  const firstPage = existsSync(join(portalDir, 'index.html')) ? await firstPageTransfer(gorod.port) : undefined;
  const rssKb = Object.fromEntries(servers.map((s) => [s.name, memoryKb(s.pid, 'VmHWM')]));
  for (const s of servers) await stopServer(s);

  // 4. Medians across rounds.
  const summary = {};
  for (const s of servers) {
    const rs = runs.filter((r) => r.server === s.name);
    summary[s.name] = {
      rps: median(rs.map((r) => r.rps)),
      p50: median(rs.map((r) => r.p50)),
      p99: median(rs.map((r) => r.p99)),
      cpuUsPerReq: median(rs.map((r) => r.cpuUsPerReq)),
      cpuUsPerReqRange: [Math.min(...rs.map((r) => r.cpuUsPerReq)), Math.max(...rs.map((r) => r.cpuUsPerReq))],
      requests: rs.reduce((t, r) => t + r.requests, 0),
      failed: rs.reduce((t, r) => t + r.non2xx + r.errors + r.timeouts, 0),
      vmHwmMb: rssKb[s.name] / 1024,
    };
  }
  const g = summary.gorod;
  g.rssPeakDuringLoadMb = Math.max(...runs.filter((r) => r.server === 'gorod').map((r) => r.rssPeakKb)) / 1024;
  g.peakRssMb = Math.max(g.rssPeakDuringLoadMb, peakHwmKb / 1024);
  g.vmHwmMb = g.peakRssMb; // VmHWM is updated lazily; a VmRSS sample can be a little above it
  const perRound = (other) =>
    [...new Set(runs.map((r) => r.round))].map((round) => {
      const a = runs.find((r) => r.round === round && r.server === 'gorod');
      const b = runs.find((r) => r.round === round && r.server === other);
      return a.cpuUsPerReq / b.cpuUsPerReq;
    });
  // The median of per-round ratios: a ratio of medians would pair a fast round of one server with a slow
  // round of the other (1.24 in one run, 0.95 in the next, from per-round ratios of 0.90, 1.07 and 1.25).
  const ratios = {
    gorodVsBare: median(perRound('bare-trpc')),
    gorodVsBarePerRound: perRound('bare-trpc'),
    gorodVsRaw: median(perRound('raw')),
    gorodVsRawPerRound: perRound('raw'),
    bareVsRaw: summary['bare-trpc'].cpuUsPerReq / summary.raw.cpuUsPerReq,
  };

  // 5. Report.
  const label = { gorod: 'Gorod (dist/main.js)', 'bare-trpc': 'bare tRPC + Kysely', raw: 'raw node:http + SQLite' };
  console.log(
    `\ncities.list {limit:50} — ${bodies[0].length}-byte body; medians of ${ROUNDS} interleaved rounds (ratios: median of per-round ratios) × ${DURATION} s, ${CONNECTIONS} connections${pinned ? '; server CPU 0, load CPU 1' : '; UNPINNED'}\n`,
  );
  console.log('| server | req/s | p50 ms | p99 ms | CPU µs/req (min–max) | × raw | peak RSS MB | failed |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of servers) {
    const m = summary[s.name];
    console.log(
      `| ${label[s.name]} | ${fmt(m.rps)} | ${fmt(m.p50, 1)} | ${fmt(m.p99, 1)} | ${fmt(m.cpuUsPerReq)} (${fmt(m.cpuUsPerReqRange[0])}–${fmt(m.cpuUsPerReqRange[1])}) | ${fmt(m.cpuUsPerReq / summary.raw.cpuUsPerReq, 2)} | ${fmt(m.vmHwmMb, 1)} | ${m.failed} |`,
    );
  }
  const failed = Object.values(summary).reduce((t, m) => t + m.failed, 0);
  const checks = [
    {
      name: 'Gorod CPU/req ÷ bare tRPC CPU/req',
      value: ratios.gorodVsBare,
      shown: `${fmt(ratios.gorodVsBare, 2)} (median of rounds: ${ratios.gorodVsBarePerRound.map((x) => fmt(x, 2)).join(', ')})`,
      budget: `≤ ${BUDGET.cpuVsBare}`,
      ok: ratios.gorodVsBare <= BUDGET.cpuVsBare,
    },
    {
      name: 'Gorod CPU/req ÷ raw CPU/req',
      value: ratios.gorodVsRaw,
      shown: `${fmt(ratios.gorodVsRaw, 2)} (rounds: ${ratios.gorodVsRawPerRound.map((x) => fmt(x, 2)).join(', ')}; bare ÷ raw ${fmt(ratios.bareVsRaw, 2)})`,
      budget: 'reported',
      ok: null,
    },
    {
      name: 'Gorod peak RSS',
      value: g.peakRssMb,
      shown: `${fmt(g.peakRssMb, 1)} MB (sampled under load ${fmt(g.rssPeakDuringLoadMb, 1)} MB)`,
      budget: `≤ ${BUDGET.rssMb} MB`,
      ok: g.peakRssMb <= BUDGET.rssMb,
    },
    firstPage
      ? {
          name: 'portal first page over the wire (br)',
          value: firstPage.bytes / 1000,
          shown: `${fmt(firstPage.bytes / 1000, 1)} kB (${firstPage.files.map((f) => `${f.path} ${fmt(f.bytes / 1000, 1)} kB ${f.encoding}`).join(', ')})`,
          budget: `≤ ${BUDGET.firstPageKb} kB`,
          ok: firstPage.bytes / 1000 <= BUDGET.firstPageKb && firstPage.files.every((f) => f.status === 200),
        }
      : { name: 'portal first page over the wire (br)', value: null, shown: 'not measured: build the portal first', budget: `≤ ${BUDGET.firstPageKb} kB`, ok: null },
    { name: 'failed requests (non-2xx, errors, timeouts)', value: failed, shown: String(failed), budget: '= 0', ok: failed === 0 },
  ];
  console.log('');
  printChecks(checks, 44);
  return finishReport({
    out: OUT,
    chosen: Boolean(env.BENCH_OUT),
    noFail: NO_FAIL,
    checks,
    results: {
      config: { ROUNDS, DURATION, WARMUP, CONNECTIONS, pinned, CLK_TCK, node: process.version, path: PATH, bodyBytes: bodies[0].length },
      summary,
      ratios,
      firstPage,
    },
    runs,
  });
}

main().then(
  (code) => {
    cleanup();
    // Then the forum program's and the courses' benchmarks, unless only cities.list was asked for.
    if (env.BENCH_ONLY === 'cities') process.exit(code);
    // This process pinned itself to CPU 1: give each child back every core, so it can pin its own servers.
    const run = (script) => {
      const [cmd, args] = pin(`0-${cores - 1}`, process.execPath, [join(benchDir, script)]);
      return spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
    };
    const program = run('program.mjs');
    const courses = run('courses.mjs');
    process.exit(code || program || courses);
  },
  (error) => {
    console.error(`[bench] FAILED: ${error.message}`);
    cleanup();
    process.exit(1);
  },
);
