// The child processes of a bench script (servers, load generators), pinned as cpu.mjs decides, all killed
// when the script ends, fails or is interrupted. Used by courses.mjs; the load protocol is load.mjs's.
import { spawn } from 'node:child_process';
import { CLK_TCK, cpuTicks, pin } from './cpu.mjs';

const children = new Set();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Kills every child still running; `also` runs after (temp files, databases). */
export function onExit(also) {
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
  };
  process.on('exit', cleanup);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      cleanup();
      process.exit(130);
    });
  }
  return cleanup;
}

/** Spawns a process pinned to core 0 and resolves with its port once `pattern` matches its stdout. */
export function startServer(name, args, env, pattern) {
  const [cmd, argv] = pin(0, process.execPath, args);
  const child = spawn(cmd, argv, { env: { ...env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
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

/**
 * Runs one load process (warm-up, `warm`, `go`, `result <json>`) on `core`, and brackets its measured
 * window with CPU readings of `cpuPid` (the process doing the work; the load process itself if absent).
 */
export function measure(name, core, args, cpuPid, limitSeconds) {
  const [cmd, argv] = pin(core, process.execPath, args);
  const child = spawn(cmd, argv, { stdio: ['pipe', 'pipe', 'inherit'] });
  children.add(child);
  const measuredPid = cpuPid ?? child.pid;
  return new Promise((res, rej) => {
    let out = '';
    let c0;
    let t0;
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`load run against ${name} did not finish in time`));
    }, limitSeconds * 1000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (c0 === undefined && out.includes('warm\n')) {
        c0 = cpuTicks(measuredPid);
        t0 = process.hrtime.bigint();
        child.stdin.write('go\n');
      }
      const m = /result (\{.*\})\n/.exec(out);
      if (m) {
        const cpuS = (cpuTicks(measuredPid) - c0) / CLK_TCK;
        const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
        clearTimeout(limit);
        const r = JSON.parse(m[1]);
        const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
        res(exited.then(() => ({ ...r, rps: r.requests / r.seconds, cpuUsPerReq: (cpuS * 1e6) / r.requests, cpuShare: cpuS / wallS })));
      }
    });
    child.once('exit', (code) => {
      children.delete(child);
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
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
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
