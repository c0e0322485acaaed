// Courses and learning benchmarks (run by run.mjs after program.mjs, or alone: `node bench/courses.mjs`), on SQLite:
//  1. progress.record through the real HTTP API, batches of 100, against a raw better-sqlite3 loop inserting
//     the same rows into a copy of the database (events/s, Gorod ÷ raw);
//  2. the same batches sent again: a duplicate batch must cost no more server CPU than a fresh one;
//  3. deriveProgress from the built domain over one learner's 10,000 events (ms per derivation);
//  4. progress.cohort for 1,000 learners (ms per table) and its SQL: the same number of statements for
//     10 learners and for 1,000 (counted through Kysely's `log` option).
// See README.md beside this file.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import {
  createCohort,
  createDb,
  enrollMany,
  getOrCreateDraft,
  insertCourse,
  insertSession,
  insertUser,
  publishDraft,
  readCohortTable,
  saveDraftOutline,
} from '@gorod/db';
import { OutlineSchema } from '@gorod/domain';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { benchDir, CLK_TCK, cpuTicks, measure, orchestrator, pinned, runOnce, seedDemo, serverDir, startGorod, stopServer } from './processes.mjs';
import { BATCH } from './progress-batches.mjs';
import { finishReport, fmt, median, printChecks } from './report.mjs';

const env = process.env;
const ROUNDS = Math.max(5, Number(env.BENCH_ROUNDS || 5));
const SECONDS = Number(env.BENCH_PROGRESS_DURATION || 2);
const WARMUP = Number(env.BENCH_PROGRESS_WARMUP ?? 1);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS || 10);
const LEARNERS = Number(env.BENCH_LEARNERS || 1000);
const DERIVE_EVENTS = 10_000;
const DERIVE_SECONDS = Number(env.BENCH_DERIVE_DURATION || 3);
const COHORT_RUNS = Number(env.BENCH_COHORT_RUNS || 20);
const NO_FAIL = env.BENCH_NO_FAIL === '1';
const OUT = resolve(env.BENCH_COURSES_OUT || join(serverDir, '.bench', 'courses.json'));
/*
 * Budgets (times checked as CPU, which another job on the machine does not inflate; wall time is printed
 * beside). Ingestion ≥ 0.3 of the raw loop's events/s (the issue's). A duplicate batch ≤ a fresh one's
 * server CPU (fresh ÷ duplicate ≥ 1). deriveProgress ≤ 12.5 ms for 10,000 events: the portal derives again after each event a
 * learner records, and a phone is about 4× slower than this machine, which keeps it under the 50 ms a
 * browser counts as a long task. The cohort table ≤ 1 s of server CPU for 1,000 learners: an instructor's page load
 * (the whole forum is 180 city heads and their teams); its statements the same for 10 and 1,000 learners.
 */
const BUDGET = { ingestVsRaw: 0.3, freshVsDuplicate: 1.0, deriveMs: 12.5, cohortMs: 1000 };

const log = (...a) => console.error('[bench:courses]', ...a);

const { tmp, cleanup } = orchestrator('gorod-bench-courses-', log);

const session = () => {
  const cookie = randomBytes(32).toString('base64url');
  const csrf = randomBytes(32).toString('base64url');
  return { cookie, csrf, hash: createHash('sha256').update(cookie).digest('hex') };
};

/** Four modules of ten items (articles and video links) behind every kind of rule but a class: m1 and m3 are open. */
const benchOutline = OutlineSchema.parse({
  modules: [
    { id: 'bench-m1', unlock: { kind: 'always' } },
    { id: 'bench-m2', unlock: { kind: 'after_module', moduleId: 'bench-m1' } },
    { id: 'bench-m3', unlock: { kind: 'always' } },
    { id: 'bench-m4', unlock: { kind: 'from_date', at: '2030-01-01T00:00:00Z' } },
  ].map((m) => ({
    ...m,
    title: { ru: m.id },
    items: Array.from({ length: 10 }, (_, i) =>
      i % 2
        ? { id: `${m.id}-video-${i}`, kind: 'video', title: { ru: `Видео ${i}` }, source: { kind: 'link', url: 'https://example.org/lesson.mp4' } }
        : { id: `${m.id}-article-${i}`, kind: 'article', title: { ru: `Статья ${i}` }, body: { ru: 'Текст урока.' } },
    ),
  })),
});
const openItems = benchOutline.modules.filter((m) => m.unlock.kind === 'always').flatMap((m) => m.items.map((i) => ({ id: i.id, kind: i.kind })));

/**
 * The bench course of the demo instructor, published, with LEARNERS signed-in learners (sessions written
 * directly: no argon2) in cities across Russia, 10 of them in a small cohort, each with 20 events already.
 */
async function prepare(url) {
  const db = createDb({ url });
  const now = new Date();
  const at = now.toISOString();
  const instructor = await db.selectFrom('users').select('id').where('email', '=', 'instructor@example.org').executeTakeFirstOrThrow();
  const cities = (await db.selectFrom('cities').select('id').where('country', '=', 'RU').orderBy('id').execute()).map((c) => c.id);
  const courseId = 'bench-course';
  const people = [];
  const instructorSession = session();
  let small;
  await db.transaction().execute(async (trx) => {
    await insertCourse(trx, { id: courseId, slug: courseId, title: { ru: 'Бенчмарк' }, description: null, topic: 'small_towns', languages: ['ru'], enrolment: 'by_enrolment', ownerId: instructor.id, createdAt: at });
    const draft = await getOrCreateDraft(trx, courseId, at);
    await saveDraftOutline(trx, courseId, draft.revision, benchOutline, at);
    await publishDraft(trx, courseId, at);
    const expires = new Date(now.getTime() + 86_400_000).toISOString();
    for (let i = 0; i < LEARNERS; i++) {
      const id = randomUUID();
      await insertUser(trx, { id, email: `learner-${i}@bench.example`, name: `Слушатель ${i}`, cityId: cities[i % cities.length], position: '', locale: 'ru', timeZone: 'Europe/Moscow', roles: ['learner'], passwordHash: null, createdAt: at });
      const s = session();
      await insertSession(trx, { idHash: s.hash, userId: id, csrfToken: s.csrf, createdAt: at, lastSeenAt: at, expiresAt: expires });
      people.push({ id, cookie: s.cookie, csrf: s.csrf });
    }
    await insertSession(trx, { idHash: instructorSession.hash, userId: instructor.id, csrfToken: instructorSession.csrf, createdAt: at, lastSeenAt: at, expiresAt: expires });
    small = await createCohort(trx, courseId, 'Бенчмарк — 10 слушателей', now);
    const rest = await createCohort(trx, courseId, 'Бенчмарк — остальные', now);
    await enrollMany(trx, courseId, people.slice(0, 10).map((p) => p.id), small.id, 1, now);
    for (let i = 10; i < people.length; i += 500) await enrollMany(trx, courseId, people.slice(i, i + 500).map((p) => p.id), rest.id, 1, now);
    const history = people.flatMap((p, n) =>
      openItems.map((item, j) => ({
        id: `0190a0b0-${(n >> 16).toString(16).padStart(4, '0')}-7${j.toString(16).padStart(3, '0')}-8000-${n.toString(16).padStart(12, '0')}`,
        user_id: p.id,
        course_id: courseId,
        item_id: item.id,
        kind: item.kind === 'video' ? 'video.progress' : j % 4 ? 'item.opened' : 'item.completed',
        at: new Date(now.getTime() - 86_400_000 + j * 60_000).toISOString(),
        fraction: item.kind === 'video' ? ((n + j) % 10) / 9 : null,
        received_at: at,
      })),
    );
    for (let i = 0; i < history.length; i += 100) await trx.insertInto('progress_events').values(history.slice(i, i + 100)).execute();
  });
  await db.destroy();
  return { courseId, smallCohortId: small.id, people, instructorSession, atMs: now.getTime() };
}

/** progress.cohort's statements for one input, counted through Kysely's `log` option on the same file. */
async function statementsOf(file, input) {
  let statements = 0;
  const db = new Kysely({
    dialect: new SqliteDialect({ database: new Database(file) }),
    log: (event) => {
      if (event.level === 'query') statements += 1;
    },
  });
  const table = await readCohortTable(db, input, new Date());
  await db.destroy();
  return { statements, learners: table.rows.length };
}

function get(port, path, headers) {
  return new Promise((res, rej) => {
    const call = request({ host: '127.0.0.1', port, path, headers }, (reply) => {
      const chunks = [];
      reply.on('data', (c) => chunks.push(c));
      reply.on('end', () => res({ status: reply.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    call.on('error', rej).end();
  });
}

/** progress.cohort over HTTP as the instructor, one table at a time: ms per table and server CPU ms per table. */
async function cohortTimes(gorod, setup, input) {
  const path = `/api/trpc/progress.cohort?input=${encodeURIComponent(JSON.stringify(input))}`;
  const cookie = `gorod_session=${setup.instructorSession.cookie}; gorod_csrf=${setup.instructorSession.csrf}`;
  const once = async () => {
    const t0 = performance.now();
    const r = await get(gorod.port, path, { cookie });
    if (r.status !== 200) throw new Error(`progress.cohort answered ${r.status}: ${r.body.slice(0, 300)}`);
    return { ms: performance.now() - t0, rows: JSON.parse(r.body).result.data.rows.length };
  };
  for (let i = 0; i < 3; i++) await once();
  const c0 = cpuTicks(gorod.pid);
  const times = [];
  let rows = 0;
  for (let i = 0; i < COHORT_RUNS; i++) {
    const r = await once();
    times.push(r.ms);
    rows = r.rows;
  }
  const cpuMs = (((cpuTicks(gorod.pid) - c0) / CLK_TCK) * 1000) / COHORT_RUNS;
  return { medianMs: median(times), cpuMs, rows };
}

async function main() {
  log(`rounds ${ROUNDS}, warm-up ${WARMUP} s, measured ${SECONDS} s, ${CONNECTIONS} connections, ${LEARNERS} learners, ${pinned ? 'server and raw loop on CPU 0, load on CPU 1' : 'UNPINNED'}`);
  const file = join(tmp, 'bench.db');
  const url = `sqlite:${file}`;
  seedDemo(url, tmp);
  const setup = await prepare(url);

  // The raw loop's database: a copy of this one as prepared, so both start from the same rows.
  const rawFile = join(tmp, 'raw.db');
  const source = new Database(file);
  source.exec(`vacuum into '${rawFile}'`);
  source.close();

  const statements = {
    small: await statementsOf(file, { courseId: setup.courseId, cohortId: setup.smallCohortId }),
    all: await statementsOf(file, { courseId: setup.courseId }),
  };
  log(`progress.cohort statements: ${statements.small.statements} for ${statements.small.learners} learners, ${statements.all.statements} for ${statements.all.learners}`);

  const derive = await runOnce(0, [join(benchDir, 'derive-progress.mjs'), String(DERIVE_EVENTS), String(DERIVE_SECONDS)], DERIVE_SECONDS + 60);
  log(`deriveProgress over ${derive.events} events: ${fmt(derive.cpuMs, 2)} ms CPU, median ${fmt(derive.medianMs, 2)} ms, p99 ${fmt(derive.p99Ms, 2)} ms (${derive.runs} runs)`);

  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when the bench stops it.
  const profile = env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${resolve(env.BENCH_CPU_PROF)}`] : [];
  const gorod = await startGorod(url, tmp, { nodeArgs: profile });
  const cohort = {
    all: await cohortTimes(gorod, setup, { courseId: setup.courseId }),
    small: await cohortTimes(gorod, setup, { courseId: setup.courseId, cohortId: setup.smallCohortId }),
  };
  log(`progress.cohort: ${fmt(cohort.all.medianMs, 1)} ms for ${cohort.all.rows} learners, ${fmt(cohort.small.medianMs, 1)} ms for ${cohort.small.rows}`);

  const batches = { people: setup.people, items: openItems, nonce: process.pid % 4096, baseMs: setup.atMs - 86_400_000, atMs: setup.atMs };
  let freshNext = 0;
  let rawNext = 0;
  const runs = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const order = round % 2 ? ['fresh', 'raw', 'duplicate'] : ['duplicate', 'raw', 'fresh'];
    for (const kind of order) {
      const config = join(tmp, `${round}-${kind}.json`);
      const common = { ...batches, connections: CONNECTIONS, warmup: WARMUP, duration: SECONDS };
      let r;
      if (kind === 'raw') {
        writeFileSync(config, JSON.stringify({ ...common, file: rawFile, courseId: setup.courseId, offset: rawNext }));
        r = await measure('raw', 0, [join(benchDir, 'progress-direct.mjs'), config], { limitSeconds: WARMUP + SECONDS + 60 });
        rawNext += r.used;
      } else {
        const fresh = kind === 'fresh';
        writeFileSync(config, JSON.stringify({ ...common, port: gorod.port, offset: freshNext, repeat: fresh ? 0 : freshNext, expect: fresh ? 'accepted' : 'duplicate' }));
        r = await measure('gorod', 1, [join(benchDir, 'progress-load.mjs'), config], { cpuPid: gorod.pid, limitSeconds: WARMUP + SECONDS + 60 });
        if (fresh) freshNext += r.used;
      }
      runs.push({ round, kind, ...r, eventsPerSecond: r.rps * BATCH });
      log(
        `round ${round} ${kind.padEnd(9)} ${fmt(r.rps * BATCH).padStart(7)} events/s  ${fmt(r.rps).padStart(5)} batches/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ${fmt(r.cpuUsPerReq).padStart(6)} µs CPU/batch  failed ${r.non2xx}${r.non2xx ? ` ${JSON.stringify(r.failures)}` : ''}`,
      );
    }
  }
  await stopServer(gorod);

  // ---------- report ----------
  const inRound = (round, kind) => runs.find((r) => r.round === round && r.kind === kind);
  const rounds = [...new Set(runs.map((r) => r.round))];
  const ingest = rounds.map((round) => inRound(round, 'fresh').eventsPerSecond / inRound(round, 'raw').eventsPerSecond);
  const duplicate = rounds.map((round) => inRound(round, 'fresh').cpuUsPerReq / inRound(round, 'duplicate').cpuUsPerReq);
  const of = (kind, f) => median(runs.filter((r) => r.kind === kind).map(f));
  const failed = runs.reduce((t, r) => t + r.non2xx, 0);
  console.log(`\ncourses — medians of ${ROUNDS} interleaved rounds (ratios: median of per-round ratios) × ${SECONDS} s, ${CONNECTIONS} connections, batches of ${BATCH}, SQLite${pinned ? '; server and raw loop CPU 0, load CPU 1' : '; UNPINNED'}\n`);
  console.log('| progress ingestion | events/s | batches/s | CPU µs/batch | p50 / p99 ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [kind, label] of [
    ['fresh', 'Gorod progress.record, fresh batches'],
    ['duplicate', 'Gorod progress.record, the same batches again'],
    ['raw', 'raw better-sqlite3 loop, same rows'],
  ]) {
    console.log(`| ${label} | ${fmt(of(kind, (r) => r.eventsPerSecond))} | ${fmt(of(kind, (r) => r.rps))} | ${fmt(of(kind, (r) => r.cpuUsPerReq))} | ${fmt(of(kind, (r) => r.p50), 1)} / ${fmt(of(kind, (r) => r.p99), 1)} |`);
  }
  console.log(`\nderiveProgress, ${derive.events} events: ${fmt(derive.cpuMs, 2)} ms CPU per derivation; wall median ${fmt(derive.medianMs, 2)} ms, p99 ${fmt(derive.p99Ms, 2)} ms over ${derive.runs} derivations`);
  console.log(`progress.cohort: ${fmt(cohort.all.medianMs, 1)} ms (server CPU ${fmt(cohort.all.cpuMs, 1)} ms) for ${cohort.all.rows} learners; ${fmt(cohort.small.medianMs, 1)} ms for ${cohort.small.rows}`);
  console.log(`progress.cohort statements: ${statements.small.statements} for ${statements.small.learners} learners, ${statements.all.statements} for ${statements.all.learners}\n`);
  const checks = [
    { name: 'progress.record events/s, Gorod ÷ raw', value: median(ingest), shown: `${fmt(median(ingest), 2)} (rounds: ${ingest.map((x) => fmt(x, 2)).join(', ')})`, budget: `≥ ${BUDGET.ingestVsRaw}`, ok: median(ingest) >= BUDGET.ingestVsRaw },
    {
      name: 'batch CPU, fresh ÷ duplicate',
      value: median(duplicate),
      shown: `${fmt(median(duplicate), 2)} (rounds: ${duplicate.map((x) => fmt(x, 2)).join(', ')})`,
      budget: `≥ ${BUDGET.freshVsDuplicate}`,
      ok: median(duplicate) >= BUDGET.freshVsDuplicate,
    },
    { name: 'failed batches', value: failed, shown: String(failed), budget: '0', ok: failed === 0 },
    { name: `deriveProgress CPU ms, ${derive.events} events`, value: derive.cpuMs, shown: fmt(derive.cpuMs, 2), budget: `≤ ${BUDGET.deriveMs}`, ok: derive.cpuMs <= BUDGET.deriveMs },
    {
      name: `progress.cohort CPU ms, ${cohort.all.rows} learners`,
      value: cohort.all.cpuMs,
      shown: `${fmt(cohort.all.cpuMs, 1)} (wall ${fmt(cohort.all.medianMs, 1)})`,
      budget: `≤ ${BUDGET.cohortMs}`,
      ok: cohort.all.cpuMs <= BUDGET.cohortMs && cohort.all.rows === LEARNERS,
    },
    {
      name: 'progress.cohort statements, 10 vs all',
      value: statements.all.statements,
      shown: `${statements.small.statements} vs ${statements.all.statements}`,
      budget: 'equal',
      ok: statements.small.statements === statements.all.statements,
    },
  ];
  printChecks(checks, 40);
  return finishReport({
    out: OUT,
    chosen: Boolean(env.BENCH_COURSES_OUT),
    noFail: NO_FAIL,
    checks,
    results: { config: { ROUNDS, SECONDS, WARMUP, CONNECTIONS, LEARNERS, BATCH, pinned, CLK_TCK, node: process.version }, derive, cohort, statements },
    runs,
  });
}

main().then(
  (code) => {
    cleanup();
    process.exit(code);
  },
  (error) => {
    console.error(`[bench:courses] FAILED: ${error.stack ?? error.message}`);
    cleanup();
    process.exit(1);
  },
);
