import type { CourseView, ItemKindName, ItemOf, ItemProgress } from '@gorod/sdk';
import type { EventDraft } from '../use-progress-queue';

/** What every player gets: its item, the learner's state of it, the course, and how to record an event. */
export interface PlayerProps<K extends ItemKindName> {
  item: ItemOf<K>;
  state: ItemProgress | undefined;
  view: CourseView;
  /** Keeps the event on the device and sends it when it can (see `offline-queue.ts`). */
  record: (draft: EventDraft) => Promise<void>;
}
