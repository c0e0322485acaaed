import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { deriveProgress } from './derive-progress.js';
import { type Outline, type OutlineInput, OutlineSchema } from './outline.js';
import type { ProgressEvent } from './progress-events.js';
import type { CourseProgress } from './progress-state.js';

const outlineOf = (input: OutlineInput): Outline => OutlineSchema.parse(input);
const title = (ru: string) => ({ ru });
const article = (id: string) => ({ id, kind: 'article' as const, title: title(id), body: { ru: `# ${id}` } });
const video = (id: string) => ({ id, kind: 'video' as const, title: title(id), source: { kind: 'link' as const, url: 'https://video.example/v.mp4' } });
const file = (id: string) => ({ id, kind: 'file' as const, title: title(id), uploadId: 'upload-1', fileName: 'plan.pdf', mediaType: 'application/pdf', size: 1024 });
const lesson = (id: string) => ({ id, kind: 'class' as const, title: title(id), sessionId: 'session-1' });

/** A UUIDv7-shaped id numbered `n`, so tests read like "event 3". */
const eventId = (n: number) => `0192f000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const minute = (m: number) => new Date(Date.UTC(2026, 10, 28, 9, m)).toISOString();

let counter = 0;
const opened = (itemId: string, m: number, id = eventId(++counter)): ProgressEvent => ({ id, itemId, kind: 'item.opened', at: minute(m) });
const completed = (itemId: string, m: number, id = eventId(++counter)): ProgressEvent => ({ id, itemId, kind: 'item.completed', at: minute(m) });
const watched = (itemId: string, fraction: number, m: number, id = eventId(++counter)): ProgressEvent => ({
  id,
  itemId,
  kind: 'video.progress',
  fraction,
  at: minute(m),
});
const attended = (itemId: string, m: number, id = eventId(++counter)): ProgressEvent => ({ id, itemId, kind: 'class.attended', at: minute(m) });

const now = minute(120);
const item = (progress: CourseProgress, itemId: string) => progress.modules.flatMap((m) => m.items).find((i) => i.itemId === itemId)!;
const mod = (progress: CourseProgress, moduleId: string) => progress.modules.find((m) => m.moduleId === moduleId)!;

const course = outlineOf({
  modules: [
    { id: 'intro', title: title('Введение'), items: [article('read'), video('watch'), file('download')] },
    { id: 'forum', title: title('На форуме'), unlock: { kind: 'after_module', moduleId: 'intro' }, items: [lesson('class')] },
    { id: 'after', title: title('После'), unlock: { kind: 'after_class', itemId: 'class' }, items: [article('reflect')] },
    { id: 'later', title: title('Потом'), unlock: { kind: 'from_date', at: minute(60) }, items: [article('final')] },
  ],
});

describe('deriveProgress for each kind of item', () => {
  it('leaves every item not started when there are no events', () => {
    const progress = deriveProgress(course, [], now);
    expect(progress.modules.flatMap((m) => m.items.map((i) => i.status))).toEqual(Array(6).fill('not_started'));
    expect(progress).toMatchObject({ completedItems: 0, totalItems: 6, fraction: 0, completed: false, lastActivityAt: null, resumeItemId: 'read' });
    expect(item(progress, 'watch').watched).toBe(0);
    expect(item(progress, 'read').watched).toBeNull();
  });

  it('opens an article on item.opened and completes it on item.completed', () => {
    expect(item(deriveProgress(course, [opened('read', 1)], now), 'read').status).toBe('in_progress');
    const done = item(deriveProgress(course, [opened('read', 1), completed('read', 5)], now), 'read');
    expect(done).toMatchObject({ status: 'completed', completedAt: minute(5), lastActivityAt: minute(5), kind: 'article', title: title('read') });
  });

  it('completes a video at 90 % watched, keeps the furthest share and the first moment it got there', () => {
    const halfway = item(deriveProgress(course, [watched('watch', 0.5, 1), watched('watch', 0.3, 2)], now), 'watch');
    expect(halfway).toMatchObject({ status: 'in_progress', watched: 0.5 });
    const done = item(deriveProgress(course, [watched('watch', 0.95, 9), watched('watch', 0.9, 4), watched('watch', 0.2, 10)], now), 'watch');
    expect(done).toMatchObject({ status: 'completed', watched: 0.95, completedAt: minute(4), lastActivityAt: minute(10) });
  });

  it('does not complete a video by item.completed, which a video does not take', () => {
    expect(item(deriveProgress(course, [completed('watch', 1)], now), 'watch').status).toBe('not_started');
  });

  it('completes a file when it is opened', () => {
    expect(item(deriveProgress(course, [opened('download', 3)], now), 'download')).toMatchObject({ status: 'completed', completedAt: minute(3) });
  });

  it('completes a class only by attendance, not by opening it', () => {
    expect(item(deriveProgress(course, [opened('class', 1)], now), 'class').status).toBe('in_progress');
    expect(item(deriveProgress(course, [attended('class', 2)], now), 'class').status).toBe('completed');
  });

  it('ignores events of items that are not in the outline', () => {
    const progress = deriveProgress(course, [completed('gone', 1), opened('download', 2)], now);
    expect(progress.completedItems).toBe(1);
    expect(progress.lastActivityAt).toBe(minute(2));
  });

  it('counts an event id once, the earliest copy winning', () => {
    const id = eventId(9000);
    const progress = deriveProgress(course, [watched('watch', 0.95, 8, id), watched('watch', 0.4, 3, id)], now);
    expect(item(progress, 'watch')).toMatchObject({ status: 'in_progress', watched: 0.4 });
  });
});

describe('deriveProgress for modules and their unlock rules', () => {
  const introDone = [completed('read', 1), watched('watch', 1, 2), opened('download', 3)];

  it('opens a module with no rule at once', () => {
    expect(mod(deriveProgress(course, [], now), 'intro')).toMatchObject({ unlocked: true, waitingFor: null, completed: false });
  });

  it('keeps an after_module module shut until that module is completed, saying what it waits for', () => {
    expect(mod(deriveProgress(course, introDone.slice(0, 2), now), 'forum')).toMatchObject({
      unlocked: false,
      waitingFor: { kind: 'after_module', moduleId: 'intro' },
    });
    const progress = deriveProgress(course, introDone, now);
    expect(mod(progress, 'intro')).toMatchObject({ completed: true, completedItems: 3, totalItems: 3 });
    expect(mod(progress, 'forum')).toMatchObject({ unlocked: true, waitingFor: null });
  });

  it('opens an after_class module once the class is attended', () => {
    expect(mod(deriveProgress(course, [opened('class', 1)], now), 'after')).toMatchObject({
      unlocked: false,
      waitingFor: { kind: 'after_class', itemId: 'class' },
    });
    expect(mod(deriveProgress(course, [attended('class', 1)], now), 'after').unlocked).toBe(true);
  });

  it('opens a from_date module at its instant and not a moment before', () => {
    expect(mod(deriveProgress(course, [], new Date(Date.parse(minute(60)) - 1)), 'later')).toMatchObject({
      unlocked: false,
      waitingFor: { kind: 'from_date', at: minute(60) },
    });
    expect(mod(deriveProgress(course, [], minute(60)), 'later').unlocked).toBe(true);
  });

  it('counts events in a locked module (locks are enforced when events are recorded)', () => {
    const progress = deriveProgress(course, [completed('reflect', 1)], now);
    expect(mod(progress, 'after')).toMatchObject({ unlocked: false, completed: true, completedItems: 1 });
  });

  it('counts an empty module as completed once it is open, and not before', () => {
    const outline = outlineOf({
      modules: [
        { id: 'first', title: title('1'), items: [article('a')] },
        { id: 'empty', title: title('2'), unlock: { kind: 'after_module', moduleId: 'first' }, items: [] },
      ],
    });
    expect(mod(deriveProgress(outline, [], now), 'empty').completed).toBe(false);
    const progress = deriveProgress(outline, [completed('a', 1)], now);
    expect(mod(progress, 'empty')).toMatchObject({ unlocked: true, completed: true, totalItems: 0 });
    expect(progress.completed).toBe(true);
  });
});

describe('deriveProgress for the whole course', () => {
  it('completes the course when every module is completed', () => {
    const all = [completed('read', 1), watched('watch', 0.9, 2), opened('download', 3), attended('class', 4), completed('reflect', 5), completed('final', 6)];
    expect(deriveProgress(course, all, now)).toMatchObject({ completed: true, completedItems: 6, fraction: 1, resumeItemId: null, lastActivityAt: minute(6) });
  });

  it('gives an empty course a fraction of 0, not completed', () => {
    expect(deriveProgress(outlineOf({ modules: [] }), [], now)).toMatchObject({ fraction: 0, completed: false, totalItems: 0, resumeItemId: null });
  });

  it('resumes with the most recently touched unfinished item of an open module', () => {
    const progress = deriveProgress(course, [opened('read', 1), watched('watch', 0.4, 7), opened('download', 9)], now);
    expect(progress.resumeItemId).toBe('watch');
  });

  it('does not resume in a locked module, falling back to the first unfinished open item', () => {
    const progress = deriveProgress(course, [completed('read', 1), opened('reflect', 9)], now);
    expect(progress.resumeItemId).toBe('watch');
  });

  it('resumes in a module that opened by date', () => {
    const done = [completed('read', 1), watched('watch', 1, 2), opened('download', 3), attended('class', 4), completed('reflect', 5)];
    expect(deriveProgress(course, done, minute(59)).resumeItemId).toBeNull();
    expect(deriveProgress(course, done, now).resumeItemId).toBe('final');
  });
});

describe('deriveProgress properties', () => {
  const itemIds = ['read', 'watch', 'download', 'class', 'reflect', 'final', 'gone'];
  const eventArb: fc.Arbitrary<ProgressEvent> = fc
    .record({
      n: fc.integer({ min: 1, max: 40 }),
      itemId: fc.constantFrom(...itemIds),
      kind: fc.constantFrom('item.opened', 'item.completed', 'video.progress', 'class.attended'),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      m: fc.integer({ min: 0, max: 150 }),
    })
    .map(({ n, itemId, kind, fraction, m }) => {
      const base = { id: eventId(n), itemId, at: minute(m) };
      return kind === 'video.progress' ? { ...base, kind, fraction } : ({ ...base, kind } as ProgressEvent);
    });
  const eventsArb = fc.array(eventArb, { maxLength: 30 });
  const nowArb = fc.integer({ min: 0, max: 150 }).map(minute);

  test.prop([eventsArb, nowArb])('applying every event twice equals applying it once', (events, at) => {
    expect(deriveProgress(course, [...events, ...events], at)).toEqual(deriveProgress(course, events, at));
  });

  test.prop([eventsArb, nowArb, fc.infiniteStream(fc.nat())])('does not depend on the order the events arrived in', (events, at, randoms) => {
    // A Fisher–Yates shuffle driven by fast-check, so a failing order shrinks and replays.
    const shuffled = [...events];
    const draws = randoms[Symbol.iterator]();
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = draws.next().value! % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(deriveProgress(course, shuffled, at)).toEqual(deriveProgress(course, events, at));
  });

  // New events carry new ids (ids are UUIDv7 made per event; a reused id is a duplicate, not news).
  const newEventsArb = eventsArb.map((events) => events.map((event, i) => ({ ...event, id: eventId(1000 + i) })));

  test.prop([eventsArb, newEventsArb, nowArb])('never goes backwards when new events are added', (before, added, at) => {
    const earlier = deriveProgress(course, before, at);
    const later = deriveProgress(course, [...before, ...added], at);
    expect(later.completedItems).toBeGreaterThanOrEqual(earlier.completedItems);
    if (earlier.completed) expect(later.completed).toBe(true);
    earlier.modules.forEach((module, m) => {
      const after = later.modules[m]!;
      if (module.completed) expect(after.completed).toBe(true);
      if (module.unlocked) expect(after.unlocked).toBe(true);
      expect(after.completedItems).toBeGreaterThanOrEqual(module.completedItems);
      module.items.forEach((i, k) => {
        const next = after.items[k]!;
        if (i.status === 'completed') expect(next.status).toBe('completed');
        if (i.status === 'in_progress') expect(next.status).not.toBe('not_started');
        if (i.watched !== null) expect(next.watched).toBeGreaterThanOrEqual(i.watched);
      });
    });
  });

  test.prop([eventsArb, nowArb, fc.integer({ min: 0, max: 100 })])('never locks an open module as time passes', (events, at, minutesLater) => {
    const earlier = deriveProgress(course, events, at);
    const later = deriveProgress(course, events, new Date(Date.parse(at) + minutesLater * 60_000));
    earlier.modules.forEach((module, m) => {
      if (module.unlocked) expect(later.modules[m]!.unlocked).toBe(true);
    });
  });
});
