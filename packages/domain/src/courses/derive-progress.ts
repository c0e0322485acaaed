import { compareIds } from '../program/ids.js';
import { type Item, itemKinds } from './items/index.js';
import type { Module, Outline, UnlockRule } from './outline.js';
import type { ProgressEvent } from './progress-events.js';
import type { CourseProgress, ItemProgress, ModuleProgress } from './progress-state.js';

/**
 * Orders events by when they happened, then by id, then by their content: a total order, so the same
 * set of events gives the same sequence however it arrived (even two copies of an id that disagree).
 */
function compareEvents(a: TimedEvent, b: TimedEvent): number {
  return (
    a.ms - b.ms ||
    compareIds(a.event.id, b.event.id) ||
    compareIds(a.event.at, b.event.at) ||
    compareIds(a.event.itemId, b.event.itemId) ||
    compareIds(a.event.kind, b.event.kind) ||
    fractionOf(a.event) - fractionOf(b.event)
  );
}

interface TimedEvent {
  event: ProgressEvent;
  /** `at` parsed once, not at every comparison of the sort. */
  ms: number;
}

function fractionOf(event: ProgressEvent): number {
  return event.kind === 'video.progress' ? event.fraction : -1;
}

/** The events in (at, id) order, each id once: the first copy in that order wins. */
function distinctEvents(events: readonly ProgressEvent[]): ProgressEvent[] {
  const seen = new Set<string>();
  const distinct: ProgressEvent[] = [];
  const timed = events.map((event) => ({ event, ms: Date.parse(event.at) }));
  for (const { event } of timed.sort(compareEvents)) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    distinct.push(event);
  }
  return distinct;
}

/** Whether an event may be recorded against an item: its kind is one the item's kind takes. */
export function eventFitsItem(item: Item, event: ProgressEvent): boolean {
  return itemKinds[item.kind].events.includes(event.kind);
}

// Kinds that take `video.progress` report how much was watched; the rest have no such measure.
function measuresWatching(item: Item): boolean {
  return itemKinds[item.kind].events.includes('video.progress');
}

function itemProgress(item: Item, events: readonly ProgressEvent[]): ItemProgress {
  const kind = itemKinds[item.kind];
  let watched: number | null = measuresWatching(item) ? 0 : null;
  let completedAt: string | null = null;
  for (const event of events) {
    if (event.kind === 'video.progress' && watched !== null) watched = Math.max(watched, event.fraction);
    // Events come in time order, so the first completing one is the earliest.
    if (completedAt === null && kind.completes(event)) completedAt = event.at;
  }
  const status = completedAt !== null ? 'completed' : events.length > 0 ? 'in_progress' : 'not_started';
  const lastActivityAt = events.length > 0 ? events[events.length - 1]!.at : null;
  return { itemId: item.id, kind: item.kind, title: item.title, status, watched, completedAt, lastActivityAt };
}

/** Whether a module's rule is met, given the modules before it and every item's state. */
function ruleMet(rule: UnlockRule, nowMs: number, modules: ReadonlyMap<string, ModuleProgress>, items: ReadonlyMap<string, ItemProgress>): boolean {
  switch (rule.kind) {
    case 'always':
      return true;
    case 'after_module':
      return modules.get(rule.moduleId)?.completed === true;
    case 'from_date':
      return nowMs >= Date.parse(rule.at);
    case 'after_class':
      return items.get(rule.itemId)?.status === 'completed';
  }
}

function moduleProgress(module: Module, unlocked: boolean, items: ItemProgress[]): ModuleProgress {
  const completedItems = items.filter((item) => item.status === 'completed').length;
  return {
    moduleId: module.id,
    title: module.title,
    unlocked,
    waitingFor: unlocked ? null : module.unlock,
    // An empty module has nothing to do, so it is done as soon as it opens.
    completed: items.length > 0 ? completedItems === items.length : unlocked,
    completedItems,
    totalItems: items.length,
    items,
  };
}

/**
 * A learner's progress in one course version from their events: a pure function of the outline, the
 * SET of events (duplicates by id count once; arrival order does not matter) and the clock (for
 * `from_date` unlocks). Events of items not in the outline, and events an item's kind does not take,
 * are ignored. Every event counts whatever the locks: locks are enforced when events are recorded.
 */
export function deriveProgress(outline: Outline, events: readonly ProgressEvent[], now: Date | string): CourseProgress {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime();
  const itemsById = new Map<string, Item>();
  for (const module of outline.modules) for (const item of module.items) itemsById.set(item.id, item);

  const counted = distinctEvents(events).filter((event) => {
    const item = itemsById.get(event.itemId);
    return item !== undefined && eventFitsItem(item, event);
  });
  const eventsByItem = new Map<string, ProgressEvent[]>();
  for (const event of counted) {
    const list = eventsByItem.get(event.itemId);
    if (list) list.push(event);
    else eventsByItem.set(event.itemId, [event]);
  }

  const itemStates = new Map<string, ItemProgress>();
  for (const item of itemsById.values()) itemStates.set(item.id, itemProgress(item, eventsByItem.get(item.id) ?? []));

  // Rules only point back (the outline schema checks it), so one pass in order settles every module.
  const moduleStates = new Map<string, ModuleProgress>();
  const modules = outline.modules.map((module) => {
    const unlocked = ruleMet(module.unlock, nowMs, moduleStates, itemStates);
    const state = moduleProgress(
      module,
      unlocked,
      module.items.map((item) => itemStates.get(item.id)!),
    );
    moduleStates.set(module.id, state);
    return state;
  });

  const completedItems = modules.reduce((sum, module) => sum + module.completedItems, 0);
  const totalItems = modules.reduce((sum, module) => sum + module.totalItems, 0);
  return {
    modules,
    completedItems,
    totalItems,
    fraction: totalItems === 0 ? 0 : completedItems / totalItems,
    completed: totalItems > 0 && modules.every((module) => module.completed),
    resumeItemId: resumeItem(modules, counted),
    lastActivityAt: counted.length > 0 ? counted[counted.length - 1]!.at : null,
  };
}

/** The most recently touched unfinished item of an open module, else the first unfinished one of an open module. */
function resumeItem(modules: readonly ModuleProgress[], counted: readonly ProgressEvent[]): string | null {
  const open = new Map<string, ItemProgress>();
  for (const module of modules) {
    if (!module.unlocked) continue;
    for (const item of module.items) if (item.status !== 'completed') open.set(item.itemId, item);
  }
  for (let i = counted.length - 1; i >= 0; i--) {
    if (open.has(counted[i]!.itemId)) return counted[i]!.itemId;
  }
  return open.keys().next().value ?? null;
}
