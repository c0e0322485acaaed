// Where the bench's processes run and what CPU they spend, shared by run.mjs and program.mjs: servers are
// pinned to core 0 and load to core 1 (when taskset and two cores exist), CPU is read from /proc.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const hasTaskset = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
export const cores = Number(execFileSync('nproc').toString().trim());
export const pinned = hasTaskset && cores >= 2;

/** `[command, args]` that run `cmd args` on `core` when pinning is possible, unchanged otherwise. */
export const pin = (core, cmd, args) => (pinned ? ['taskset', ['-c', String(core), cmd, ...args]] : [cmd, args]);

/** Keeps the calling orchestrator (RSS sampling, /proc reads) off the servers' core. */
export function pinSelfToLoadCore() {
  if (!pinned) return;
  try {
    execFileSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
  } catch {}
}

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
