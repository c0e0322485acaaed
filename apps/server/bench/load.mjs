// The load generator, one process per (server, round), pinned by run.mjs to the other core.
// Protocol on stdio: runs the warm-up, prints `warm`, waits for a `go` line on stdin (run.mjs reads the
// server's CPU counters then), runs the measured window, prints one JSON line `result <json>`.
// argv: <url> <connections> <warmupSeconds> <durationSeconds> [<request headers as JSON>]
import autocannon from 'autocannon';

const [url, connections, warmup, duration, headers] = process.argv.slice(2);
const run = (seconds) =>
  autocannon({ url, connections: Number(connections), duration: Number(seconds), pipelining: 1, headers: headers ? JSON.parse(headers) : {} });

const waitForGo = () =>
  new Promise((resolve) => {
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk;
      if (buffered.includes('go\n')) {
        process.stdin.off('data', onData);
        process.stdin.destroy();
        resolve();
      }
    };
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', onData);
  });

if (Number(warmup) > 0) await run(warmup);
process.stdout.write('warm\n');
await waitForGo();
const r = await run(duration);
const result = {
  requests: r.requests.total,
  seconds: r.duration,
  non2xx: r.non2xx,
  errors: r.errors,
  timeouts: r.timeouts,
  mismatches: r.mismatches ?? 0,
  p50: r.latency.p50,
  p99: r.latency.p99,
  bytes: r.throughput.total,
  statusCodes: r.statusCodeStats,
};
process.stdout.write(`result ${JSON.stringify(result)}\n`);
process.exit(0); // stdout is a pipe: the write above is synchronous on Linux
