import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { deriveProgress } from './derive-progress.js';
import { judgeEvents } from './judge-events.js';
import { OutlineSchema } from './outline.js';
import { allowedClockSkewMs, type ProgressEvent } from './progress-events.js';

const title = (ru: string) => ({ ru });
const outline = OutlineSchema.parse({
  modules: [
    {
      id: 'intro',
      title: title('Введение'),
      items: [
        { id: 'read', kind: 'article', title: title('Статья'), body: { ru: 'Текст' } },
        { id: 'watch', kind: 'video', title: title('Видео'), source: { kind: 'link', url: 'https://video.example/v.mp4' } },
      ],
    },
    {
      id: 'forum',
      title: title('На форуме'),
      unlock: { kind: 'after_module', moduleId: 'intro' },
      items: [{ id: 'class', kind: 'class', title: title('Занятие'), sessionId: 'session-1' }],
    },
    { id: 'later', title: title('Потом'), unlock: { kind: 'from_date', at: '2026-12-01T00:00:00.000Z' }, items: [{ id: 'final', kind: 'article', title: title('Итог'), body: { ru: 'Итог' } }] },
  ],
});

const eventId = (n: number) => `0192f000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const now = new Date('2026-11-28T10:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

const opened = (n: number, itemId: string, at = minutesAgo(5)): ProgressEvent => ({ id: eventId(n), itemId, kind: 'item.opened', at });
const completed = (n: number, itemId: string, at = minutesAgo(5)): ProgressEvent => ({ id: eventId(n), itemId, kind: 'item.completed', at });
const watched = (n: number, itemId: string, fraction: number, at = minutesAgo(5)): ProgressEvent => ({ id: eventId(n), itemId, kind: 'video.progress', fraction, at });
const attended = (n: number, itemId: string): ProgressEvent => ({ id: eventId(n), itemId, kind: 'class.attended', at: minutesAgo(5) });

const judge = (batch: ProgressEvent[], stored: ProgressEvent[] = [], enrolled = true) => judgeEvents({ outline, stored, batch, now, enrolled });
const statuses = (results: ReturnType<typeof judge>) => results.map((r) => (r.status === 'rejected' ? r.reason : r.status));

describe('judgeEvents', () => {
  it('accepts events of open items that fit their kind', () => {
    expect(judge([opened(1, 'read'), completed(2, 'read'), watched(3, 'watch', 0.4)])).toEqual([
      { id: eventId(1), status: 'accepted' },
      { id: eventId(2), status: 'accepted' },
      { id: eventId(3), status: 'accepted' },
    ]);
  });

  it('rejects every event of a learner who is not enrolled', () => {
    expect(statuses(judge([opened(1, 'read'), opened(2, 'nowhere')], [], false))).toEqual(['not_enrolled', 'not_enrolled']);
  });

  it('rejects an event of an item that is not in the learner’s version', () => {
    expect(judge([opened(1, 'nowhere')])).toEqual([{ id: eventId(1), status: 'rejected', reason: 'unknown_item' }]);
  });

  it('rejects an event an item’s kind does not take, and attendance sent by a learner', () => {
    expect(statuses(judge([watched(1, 'read', 0.5), completed(2, 'watch'), attended(3, 'class'), attended(4, 'read')]))).toEqual([
      'wrong_event_for_item',
      'wrong_event_for_item',
      'wrong_event_for_item',
      'wrong_event_for_item',
    ]);
  });

  it('allows a phone clock ahead within the skew and rejects an event from further in the future', () => {
    const within = new Date(now.getTime() + allowedClockSkewMs).toISOString();
    const beyond = new Date(now.getTime() + allowedClockSkewMs + 1).toISOString();
    expect(statuses(judge([opened(1, 'read', within), opened(2, 'read', beyond)]))).toEqual(['accepted', 'from_the_future']);
  });

  it('reports an id already stored, or accepted earlier in the batch, as a duplicate', () => {
    expect(statuses(judge([opened(1, 'read'), opened(2, 'read'), opened(2, 'read')], [opened(1, 'read')]))).toEqual(['duplicate', 'accepted', 'duplicate']);
  });

  it('reports a stored id as a duplicate even when the event would now be rejected', () => {
    const stored = [opened(1, 'gone'), opened(2, 'final')];
    expect(statuses(judge([opened(1, 'gone'), opened(2, 'final')], stored))).toEqual(['duplicate', 'duplicate']);
  });

  it('judges again a repeat of an event rejected earlier in the batch, since it was never applied', () => {
    expect(statuses(judge([opened(1, 'nowhere'), opened(1, 'read')]))).toEqual(['unknown_item', 'accepted']);
  });

  it('rejects an event of a locked module', () => {
    expect(statuses(judge([opened(1, 'class'), opened(2, 'final')]))).toEqual(['locked_module', 'locked_module']);
  });

  it('opens a module by events accepted earlier in the same batch', () => {
    const batch = [opened(1, 'class'), completed(2, 'read'), watched(3, 'watch', 0.95), opened(4, 'class')];
    expect(statuses(judge(batch))).toEqual(['locked_module', 'accepted', 'accepted', 'accepted']);
  });

  it('opens a module by events stored before the batch, attendance included', () => {
    const stored = [completed(1, 'read'), watched(2, 'watch', 1)];
    expect(statuses(judge([opened(3, 'class'), attended(4, 'class')], stored))).toEqual(['accepted', 'wrong_event_for_item']);
  });

  it('does not open a module by events rejected earlier in the batch', () => {
    const future = new Date(now.getTime() + 60 * 60_000).toISOString();
    expect(statuses(judge([completed(1, 'read'), watched(2, 'watch', 1, future), opened(3, 'class')]))).toEqual([
      'accepted',
      'from_the_future',
      'locked_module',
    ]);
  });

  const eventArb: fc.Arbitrary<ProgressEvent> = fc
    .record({
      n: fc.integer({ min: 1, max: 30 }),
      itemId: fc.constantFrom('read', 'watch', 'class', 'final', 'nowhere'),
      kind: fc.constantFrom('item.opened', 'item.completed', 'video.progress', 'class.attended'),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      minutesAgo: fc.integer({ min: -10, max: 60 }),
    })
    .map(({ n, itemId, kind, fraction, minutesAgo: m }) => {
      const base = { id: eventId(n), itemId, at: minutesAgo(m) };
      return kind === 'video.progress' ? { ...base, kind, fraction } : ({ ...base, kind } as ProgressEvent);
    });
  const batchArb = fc.array(eventArb, { minLength: 1, maxLength: 25 });

  test.prop([batchArb, batchArb])('answers once per event, in order, naming each event', (stored, batch) => {
    expect(judge(batch, stored).map((r) => r.id)).toEqual(batch.map((e) => e.id));
  });

  test.prop([batchArb, batchArb])('answers a resent batch with duplicates for what it applied and the same rejections otherwise', (stored, batch) => {
    const first = judge(batch, stored);
    const accepted = batch.filter((_, i) => first[i]!.status === 'accepted');
    const appliedIds = new Set([...stored, ...accepted].map((e) => e.id));
    const again = judge(batch, [...stored, ...accepted]);
    again.forEach((result, i) => {
      if (appliedIds.has(batch[i]!.id)) expect(result.status).toBe('duplicate');
      // A locked module may have been opened by events later in the first batch; every other reason stands.
      else if (first[i]!.status === 'rejected' && statuses([first[i]!])[0] !== 'locked_module') expect(result).toEqual(first[i]);
    });
  });

  test.prop([batchArb, batchArb])('accepts each id at most once across the stored events and the batch', (stored, batch) => {
    const storedIds = new Set(stored.map((e) => e.id));
    const acceptedIds = judge(batch, stored)
      .filter((r) => r.status === 'accepted')
      .map((r) => r.id);
    expect(new Set(acceptedIds).size).toBe(acceptedIds.length);
    for (const id of acceptedIds) expect(storedIds.has(id)).toBe(false);
  });

  test.prop([batchArb, batchArb])('locks exactly the events whose module is shut in the state of the stored and earlier accepted events', (stored, batch) => {
    const results = judge(batch, stored);
    const acceptedSoFar: ProgressEvent[] = [];
    batch.forEach((event, i) => {
      const outcome = statuses([results[i]!])[0];
      if (outcome === 'accepted' || outcome === 'locked_module') {
        const moduleId = outline.modules.find((m) => m.items.some((item) => item.id === event.itemId))!.id;
        const open = deriveProgress(outline, [...stored, ...acceptedSoFar], now).modules.find((m) => m.moduleId === moduleId)!.unlocked;
        expect(open).toBe(outcome === 'accepted');
      }
      if (outcome === 'accepted') acceptedSoFar.push(event);
    });
  });
});
