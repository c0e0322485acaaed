// Which (person, session) pair the k-th registration of a bench run uses: every person once per session
// before any session repeats, so no registration in a run is a repeat (a repeat answers without writing).
export const pairAt = (k, people, sessions) => [people[k % people.length], sessions[Math.floor(k / people.length) % sessions.length]];

/** The load protocol of load.mjs: warm-up, `warm`, wait for `go` on stdin, measured window, `result <json>`. */
export async function runProtocol({ warmup, duration, connections, once }) {
  let next = 0;
  const window = async (seconds, latencies) => {
    const until = performance.now() + seconds * 1000;
    let ok = 0;
    let failed = 0;
    const failures = new Map();
    const worker = async () => {
      while (performance.now() < until) {
        const k = next++;
        const t0 = performance.now();
        const error = await once(k).then(
          () => undefined,
          (e) => e,
        );
        latencies?.push(performance.now() - t0);
        if (error) {
          failed += 1;
          const key = String(error.message ?? error).slice(0, 200);
          failures.set(key, (failures.get(key) ?? 0) + 1);
        } else ok += 1;
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: connections }, worker));
    return { ok, failed, seconds: (performance.now() - t0) / 1000, failures: Object.fromEntries(failures) };
  };
  if (warmup > 0) await window(warmup);
  process.stdout.write('warm\n');
  await new Promise((resolve) => {
    let buffered = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', function onData(chunk) {
      buffered += chunk;
      if (buffered.includes('go\n')) {
        process.stdin.off('data', onData);
        process.stdin.destroy();
        resolve();
      }
    });
  });
  const latencies = [];
  const r = await window(duration, latencies);
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10 : null);
  return {
    requests: r.ok,
    seconds: r.seconds,
    non2xx: r.failed,
    errors: 0,
    timeouts: 0,
    failures: r.failures,
    p50: at(0.5),
    p99: at(0.99),
    used: next,
  };
}
