// The processes of a bench script and what they cost, in one place for run.mjs, program.mjs and courses.mjs:
// where each runs (servers and in-process baselines pinned to core 0, load to core 1, when taskset and two
// cores exist), starting and stopping them, the load protocol's measured window (load.mjs's: warm-up,
// `warm`, `go`, `result <json>`) bracketed by /proc CPU readings, and killing every child when the script
// ends, fails or is interrupted.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = dirname(fileURLToPath(import.meta.url));
export const serverDir = resolve(benchDir, '..');
export const serverMain = join(serverDir, 'dist', 'main.js');

// ---------- pinning ----------
export const hasTaskset = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
export const cores = Number(execFileSync('nproc').toString().trim());
export const pinned = hasTaskset && cores >= 2;

/** `[command, args]` that run `cmd args` on `core` (a core or a list, `0-1`) when pinning is possible, unchanged otherwise. */
export const pin = (core, cmd, args) => (pinned ? ['taskset', ['-c', String(core), cmd, ...args]] : [cmd, args]);

/** Keeps the calling orchestrator (RSS sampling, /proc reads) off the servers' core. */
function pinSelfToLoadCore() {
  if (!pinned) return;
  try {
    execFileSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
  } catch {}
}

// ---------- what a process costs, from /proc ----------
export const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU ticks a process has used: utime + stime, all threads. */
export function cpuTicks(pid) {
  const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]);
}

/** A memory figure of /proc/<pid>/status in kB (`VmRSS`, `VmHWM`); 0 when absent. */
export function memoryKb(pid, field) {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

// ---------- the orchestrator, its children, cleanup ----------
const children = new Set();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Sets the calling script up as the orchestrator: off the servers' core, with a temp directory `tmp`
 * (named from `tmpPrefix`) for its databases and files, and `cleanup`, which kills every child still
 * running, runs `also` (stopping what is not a child) and removes `tmp`. Cleanup runs on exit and on a
 * signal (said through `log`).
 */
export function orchestrator(tmpPrefix, log, also = () => {}) {
  pinSelfToLoadCore();
  const tmp = mkdtempSync(join(tmpdir(), tmpPrefix));
  const cleanup = () => {
    for (const c of children) {
      if (c.exitCode === null && c.signalCode === null) {
        try {
          c.kill('SIGKILL');
        } catch {}
      }
    }
    children.clear();
    also();
    rmSync(tmp, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      log(`${sig}: stopping`);
      cleanup();
      process.exit(130);
    });
  }
  return { tmp, cleanup };
}

// ---------- servers ----------

/** Spawns a server on core 0 (`env` added to this process's) and resolves with its port once `pattern` matches its stdout. */
export function startServer(name, args, env, pattern) {
  const [cmd, argv] = pin(0, process.execPath, args);
  const child = spawn(cmd, argv, {
    cwd: serverDir,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`${name} did not start in 20 s:\n${output}`)), 20000);
    const onData = (chunk) => {
      output += chunk;
      const m = pattern.exec(output);
      if (m) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stdout.resume();
        res({ name, child, pid: child.pid, port: Number(m[1]) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => {
      output = (output + c).slice(-20000);
    });
    child.once('exit', (code, sig) => {
      clearTimeout(timer);
      rej(new Error(`${name} exited (${code ?? sig}):\n${output}`));
    });
  });
}

/** SIGTERM (so a `--cpu-prof` profile is written), SIGKILL after 3 s. */
export async function stopServer(s) {
  const c = s.child;
  children.delete(c);
  if (c.exitCode !== null || c.signalCode !== null) return;
  c.removeAllListeners('exit');
  const done = new Promise((r) => c.once('exit', r));
  c.kill('SIGTERM');
  await Promise.race([done, sleep(3000)]);
  if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

/** Migrates the database at `databaseUrl` and seeds the directory and the demo forum with the built CLI. */
export function seedDemo(databaseUrl, dataDir) {
  const r = spawnSync(process.execPath, [serverMain, 'seed', '--demo'], { env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`seeding ${databaseUrl} failed:\n${r.stdout}${r.stderr}`);
}

/** The built Gorod server (`dist/main.js serve`) on core 0, without a portal unless `portalDir`; `nodeArgs` go before the script. */
export const startGorod = (databaseUrl, dataDir, { portalDir = '/nonexistent', nodeArgs = [] } = {}) =>
  startServer('gorod', [...nodeArgs, serverMain, 'serve'], { DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PORTAL_DIR: portalDir }, /at http:\/\/[^:\s]+:(\d+)/);

// ---------- measured runs ----------

/**
 * Runs one load process (the load.mjs protocol) on `core` and brackets its measured window with CPU
 * readings of `cpuPid` (the process doing the work; the load process itself if absent). With `rssPid`,
 * that process's VmRSS is sampled every 100 ms of the window: `rssPeakKb`.
 * Resolves once the load process is gone, so it never overlaps the next measured window.
 */
export function measure(name, core, args, { cpuPid, limitSeconds, rssPid }) {
  const [cmd, argv] = pin(core, process.execPath, args);
  const child = spawn(cmd, argv, { cwd: benchDir, stdio: ['pipe', 'pipe', 'inherit'] });
  children.add(child);
  const measuredPid = cpuPid ?? child.pid;
  return new Promise((res, rej) => {
    let out = '';
    let c0;
    let t0;
    let rssPeakKb = 0;
    let sampler;
    const sampleRss = () => {
      rssPeakKb = Math.max(rssPeakKb, memoryKb(rssPid, 'VmRSS'));
    };
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`load run against ${name} did not finish in time`));
    }, limitSeconds * 1000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (c0 === undefined && out.includes('warm\n')) {
        if (rssPid !== undefined) sampler = setInterval(sampleRss, 100);
        c0 = cpuTicks(measuredPid);
        t0 = process.hrtime.bigint();
        child.stdin.write('go\n');
      }
      const m = /result (\{.*\})\n/.exec(out);
      if (m) {
        const cpuS = (cpuTicks(measuredPid) - c0) / CLK_TCK;
        const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
        if (sampler) {
          clearInterval(sampler);
          sampleRss();
        }
        clearTimeout(limit);
        const r = JSON.parse(m[1]);
        const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
        const reaper = setTimeout(() => child.kill('SIGKILL'), 3000);
        exited.then(() => clearTimeout(reaper));
        res(
          exited.then(() => ({
            ...r,
            rps: r.requests / r.seconds,
            cpuUsPerReq: (cpuS * 1e6) / r.requests,
            cpuShare: cpuS / wallS,
            ...(rssPid === undefined ? {} : { rssPeakKb }),
          })),
        );
      }
    });
    child.once('exit', (code) => {
      children.delete(child);
      if (sampler) clearInterval(sampler);
      if (!/result \{/.test(out)) {
        clearTimeout(limit);
        rej(new Error(`load process for ${name} exited (${code}) without a result:\n${out}`));
      }
    });
  });
}

/** Runs a script on `core` to its end and parses its `result <json>` line. */
export function runOnce(core, args, limitSeconds) {
  const [cmd, argv] = pin(core, process.execPath, args);
  const child = spawn(cmd, argv, { cwd: benchDir, stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  return new Promise((res, rej) => {
    let out = '';
    const limit = setTimeout(() => child.kill('SIGKILL'), limitSeconds * 1000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.once('exit', (code) => {
      children.delete(child);
      clearTimeout(limit);
      const m = /result (\{.*\})\n/.exec(out);
      if (m) res(JSON.parse(m[1]));
      else rej(new Error(`${args[0]} exited (${code}) without a result:\n${out}`));
    });
  });
}
