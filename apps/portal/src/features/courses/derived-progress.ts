import { type CourseProgress, deriveProgress, itemKinds, type Outline, type ProgressEvent } from '@gorod/sdk';

/**
 * Stand-in events for what the server already derived (`progress.mine` answers the state, not the log):
 * per item, a completing event at `completedAt` and a touch at `lastActivityAt` carrying the share
 * watched. Fed to `deriveProgress` with the events still on the device, they give the same state the
 * server will derive once those events arrive — one reducer for both, however the events are split.
 * Which event completes an item is asked of its kind (`itemKinds[kind]`), never decided here.
 */
export function eventsFromState(outline: Outline, state: CourseProgress | undefined): ProgressEvent[] {
  if (!state) return [];
  const kindOf = new Map(outline.modules.flatMap((module) => module.items.map((item) => [item.id, item.kind] as const)));
  return state.modules.flatMap((module) =>
    module.items.flatMap((item, index) => {
      const kind = kindOf.get(item.itemId);
      if (!kind) return [];
      const definition = itemKinds[kind];
      const candidates = (at: string): ProgressEvent[] =>
        definition.events.map(
          (eventKind, n) =>
            ({
              id: `server-${module.moduleId}-${index}-${n}-${at}`,
              itemId: item.itemId,
              at,
              kind: eventKind,
              ...(eventKind === 'video.progress' ? { fraction: item.watched ?? 0 } : {}),
            }) as ProgressEvent,
        );
      const events: ProgressEvent[] = [];
      if (item.completedAt) {
        const completing = candidates(item.completedAt).find((event) => definition.completes(event));
        if (completing) events.push(completing);
      }
      if (item.lastActivityAt) {
        // The touches carry the share watched and the last activity; none may complete an unfinished item.
        events.push(...candidates(item.lastActivityAt).filter((event) => item.completedAt !== null || !definition.completes(event)));
      }
      return events;
    }),
  );
}

/** The progress to show: the server's, plus every event still on the device or just sent. */
export function displayedProgress(
  outline: Outline,
  server: CourseProgress | undefined,
  local: readonly ProgressEvent[],
  now: Date,
): CourseProgress {
  return deriveProgress(outline, [...eventsFromState(outline, server), ...local], now);
}
