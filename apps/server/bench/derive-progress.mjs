// `deriveProgress` from the built domain (the code the SDK bundles), over one learner's 10,000 events in
// a course of 4 modules × 10 items with every kind of unlock rule: the time of one derivation.
// argv: <events> <seconds>. Prints `result <json>`: CPU ms per derivation (this process's user + system time
// over the measured loop ÷ derivations: what the figure is checked on, steady on a shared machine), the
// median and p99 wall-clock ms, and the count run.
import { deriveProgress, OutlineSchema } from '@gorod/domain';

const EVENTS = Number(process.argv[2] || 10_000);
const SECONDS = Number(process.argv[3] || 3);
const now = new Date('2026-12-10T00:00:00Z');

const module = (m, unlock) => ({
  id: `m${m}`,
  title: { ru: `Модуль ${m}` },
  unlock,
  items: Array.from({ length: 10 }, (_, i) =>
    i === 9 && m === 1
      ? { id: `m${m}-class`, kind: 'class', title: { ru: 'Занятие' }, sessionId: 'd1-class-1' }
      : i % 2
        ? { id: `m${m}-i${i}`, kind: 'video', title: { ru: `Видео ${i}` }, source: { kind: 'link', url: 'https://example.org/v.mp4' } }
        : { id: `m${m}-i${i}`, kind: 'article', title: { ru: `Статья ${i}` }, body: { ru: 'Текст' } },
  ),
});
const outline = OutlineSchema.parse({
  modules: [
    module(1, { kind: 'always' }),
    module(2, { kind: 'after_module', moduleId: 'm1' }),
    module(3, { kind: 'after_class', itemId: 'm1-class' }),
    module(4, { kind: 'from_date', at: '2026-12-01T04:00:00Z' }),
  ],
});
const items = outline.modules.flatMap((m) => m.items);
const base = Date.parse('2026-11-01T00:00:00Z');
// A learner who came back again and again: every item opened many times, videos watched in steps,
// articles completed, the class attended; a tenth of the events are retries with an id already seen.
const events = Array.from({ length: EVENTS }, (_, n) => {
  const k = n % 10 === 9 ? n - 1 : n;
  const item = items[k % items.length];
  const at = new Date(base + k * 60_000).toISOString();
  const id = `0190a0b0-0000-7000-8000-${k.toString(16).padStart(12, '0')}`;
  if (item.kind === 'class') return { id, itemId: item.id, kind: 'class.attended', at };
  if (item.kind === 'video') return { id, itemId: item.id, kind: 'video.progress', at, fraction: (k % 100) / 99 };
  return { id, itemId: item.id, kind: k % 3 ? 'item.opened' : 'item.completed', at };
});

const times = [];
for (let i = 0; i < 20; i++) deriveProgress(outline, events, now);
const until = performance.now() + SECONDS * 1000;
const cpu0 = process.cpuUsage();
let last;
while (performance.now() < until || times.length < 30) {
  const t0 = performance.now();
  last = deriveProgress(outline, events, now);
  times.push(performance.now() - t0);
}
const cpu = process.cpuUsage(cpu0);
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
process.stdout.write(`result ${JSON.stringify({ events: EVENTS, runs: times.length, cpuMs: (cpu.user + cpu.system) / 1000 / times.length, medianMs: at(0.5), p99Ms: at(0.99), completed: last.completedItems, total: last.totalItems })}\n`);
