import type { LocalizedText } from '../program/localized-text.js';
import type { ItemKindName } from './items/index.js';
import type { UnlockRule } from './outline.js';

export type ItemStatus = 'not_started' | 'in_progress' | 'completed';

/** One item's derived state, named (id, kind, title) so a third party can show it without the outline. */
export interface ItemProgress {
  itemId: string;
  kind: ItemKindName;
  title: LocalizedText;
  status: ItemStatus;
  /** For videos, the largest share watched that was reported (0–1); null for other kinds. */
  watched: number | null;
  /** When the first completing event happened (the earliest `at`, whatever the arrival order). */
  completedAt: string | null;
  lastActivityAt: string | null;
}

export interface ModuleProgress {
  moduleId: string;
  title: LocalizedText;
  unlocked: boolean;
  /** The rule still keeping a locked module shut (null when unlocked): what the learner is told. */
  waitingFor: UnlockRule | null;
  completed: boolean;
  completedItems: number;
  totalItems: number;
  items: ItemProgress[];
}

/**
 * A learner's progress in one course version, derived by `deriveProgress` from the event log: the same
 * function on the server (`progress.mine`, the cohort table, ingestion's lock check) and in the portal
 * (with the events still waiting on the device).
 */
export interface CourseProgress {
  modules: ModuleProgress[];
  completedItems: number;
  totalItems: number;
  /** completedItems / totalItems (0 for an empty course). */
  fraction: number;
  completed: boolean;
  /** The item to continue with: the most recently touched unfinished item, else the first open unfinished one. */
  resumeItemId: string | null;
  lastActivityAt: string | null;
}
