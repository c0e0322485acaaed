// How every bench script reports: medians, figures, its checks against their budgets, its results file
// and its exit code (1 when a budget is OVER, unless BENCH_NO_FAIL=1).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The median of the finite numbers among `xs`; NaN when there are none. */
export const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** `x` with `d` decimals, or a dash when it was not measured. */
export const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '—');

/** One line a check ({ name, shown, budget, ok }): OK, OVER, or `--` for a figure only reported (ok null). */
export function printChecks(checks, nameWidth) {
  for (const c of checks) {
    console.log(`${(c.ok === null ? '  --' : c.ok ? '  OK' : 'OVER').padEnd(5)} ${c.name.padEnd(nameWidth)} ${c.shown}   budget ${c.budget}`);
  }
}

/**
 * Writes `results`, the checks' figures (not their printed forms) and every run to `out` as JSON, says
 * where, and returns the exit code. `chosen`: the path came from the environment; otherwise its directory is the
 * bench's own, which ignores itself so nothing the bench writes is committed by accident.
 */
export function finishReport({ out, chosen, noFail, checks, results, runs }) {
  mkdirSync(dirname(out), { recursive: true });
  if (!chosen) writeFileSync(join(dirname(out), '.gitignore'), '*\n');
  const figures = checks.map(({ name, value, budget, ok }) => ({ name, value, budget, ok }));
  writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), ...results, checks: figures, runs }, null, 1)}\n`);
  console.log(`\nresults: ${out}`);
  const over = checks.some((c) => c.ok === false);
  if (over) console.log(noFail ? 'Some budget is OVER (BENCH_NO_FAIL=1: exit 0).' : 'Some budget is OVER: exit 1.');
  return over && !noFail ? 1 : 0;
}
