import { fc, test } from '@fast-check/vitest';
import { deriveProgress, type Outline, OutlineSchema, type ProgressEvent } from '@gorod/sdk';
import { describe, expect, it } from 'vitest';
import { displayedProgress, eventsFromState } from './derived-progress';

const title = (ru: string) => ({ ru });
const outline: Outline = OutlineSchema.parse({
  modules: [
    {
      id: 'intro',
      title: title('Введение'),
      items: [
        { id: 'read', kind: 'article', title: title('read'), body: { ru: '# read' } },
        { id: 'watch', kind: 'video', title: title('watch'), source: { kind: 'upload', uploadId: 'clip' } },
        { id: 'download', kind: 'file', title: title('download'), uploadId: 'plan', fileName: 'plan.pdf', mediaType: 'application/pdf', size: 10 },
      ],
    },
    { id: 'forum', title: title('На форуме'), unlock: { kind: 'after_module', moduleId: 'intro' }, items: [{ id: 'class', kind: 'class', title: title('class'), sessionId: 's-1' }] },
    { id: 'after', title: title('После'), unlock: { kind: 'after_class', itemId: 'class' }, items: [{ id: 'reflect', kind: 'article', title: title('reflect'), body: { ru: 'x' } }] },
  ],
});

const now = new Date(Date.UTC(2026, 10, 28, 12));
const eventId = (n: number) => `0192f000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

/** Any event an item of the outline may take, at a distinct minute (ties between two items are not a learner's reality). */
const eventAt = (n: number): fc.Arbitrary<ProgressEvent> =>
  fc
    .oneof(
      fc.record({ itemId: fc.constantFrom('read', 'reflect'), kind: fc.constantFrom('item.opened' as const, 'item.completed' as const) }),
      fc.record({ itemId: fc.constant('watch'), kind: fc.constant('video.progress' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ itemId: fc.constant('watch'), kind: fc.constant('item.opened' as const) }),
      fc.record({ itemId: fc.constant('download'), kind: fc.constant('item.opened' as const) }),
      fc.record({ itemId: fc.constant('class'), kind: fc.constantFrom('item.opened' as const, 'class.attended' as const) }),
    )
    .map((event) => ({ ...event, id: eventId(n), at: new Date(Date.UTC(2026, 10, 28, 9, n)).toISOString() }) as ProgressEvent);

const logs = fc
  .array(fc.boolean(), { maxLength: 40 })
  .chain((stored) => fc.tuple(...stored.map((_, n) => eventAt(n))).map((events) => ({ events, stored })));

describe('the progress the learner sees', () => {
  test.prop([logs])('equals deriveProgress over the whole log, however it is split between the server and the device', ({ events, stored }) => {
    const onServer = events.filter((_, n) => stored[n]);
    const onDevice = events.filter((_, n) => !stored[n]);
    const server = deriveProgress(outline, onServer, now);
    expect(displayedProgress(outline, server, onDevice, now)).toEqual(deriveProgress(outline, events, now));
  });

  it('gives back the server’s own state when nothing waits on the device', () => {
    const at = (m: number) => new Date(Date.UTC(2026, 10, 28, 9, m)).toISOString();
    const events: ProgressEvent[] = [
      { id: eventId(1), itemId: 'watch', kind: 'video.progress', fraction: 0.95, at: at(1) },
      { id: eventId(2), itemId: 'read', kind: 'item.opened', at: at(2) },
    ];
    const server = deriveProgress(outline, events, now);
    expect(deriveProgress(outline, eventsFromState(outline, server), now)).toEqual(server);
  });
});
