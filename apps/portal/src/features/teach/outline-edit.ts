import type { Item, Module, Outline, UnlockRule } from '@gorod/sdk';
import { v7 as uuidv7 } from 'uuid';

// Pure changes to a draft outline, one function per button of the editor. Each returns a new outline
// (React state is never mutated), and none reorders anything it was not asked to move.

/** A fresh id for a module or an item: a UUIDv7, made here as the server would (ids stay across versions). */
export const newRecordId = (): string => uuidv7();

/** Moves the element at `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

export function addModule(outline: Outline, title: string): Outline {
  const module: Module = { id: newRecordId(), title: { ru: title }, unlock: { kind: 'always' }, items: [] };
  return { modules: [...outline.modules, module] };
}

export function updateModule(outline: Outline, moduleId: string, change: (module: Module) => Module): Outline {
  return { modules: outline.modules.map((module) => (module.id === moduleId ? change(module) : module)) };
}

/**
 * Removes a module. A later module that waited for it (or for one of its classes) would point at nothing,
 * which the schema refuses; it opens always instead, and the editor shows that change.
 */
export function removeModule(outline: Outline, moduleId: string): Outline {
  const removed = outline.modules.find((module) => module.id === moduleId);
  const removedItems = new Set(removed?.items.map((item) => item.id) ?? []);
  return {
    modules: outline.modules
      .filter((module) => module.id !== moduleId)
      .map((module) => (pointsAt(module.unlock, moduleId, removedItems) ? { ...module, unlock: { kind: 'always' } } : module)),
  };
}

export function moveModule(outline: Outline, moduleId: string, by: -1 | 1): Outline {
  const index = outline.modules.findIndex((module) => module.id === moduleId);
  return { modules: move(outline.modules, index, by) };
}

export function addItem(outline: Outline, moduleId: string, item: Item): Outline {
  return updateModule(outline, moduleId, (module) => ({ ...module, items: [...module.items, item] }));
}

export function updateItem(outline: Outline, moduleId: string, item: Item): Outline {
  return updateModule(outline, moduleId, (module) => ({ ...module, items: module.items.map((it) => (it.id === item.id ? item : it)) }));
}

/** Removes an item; a module that waited for it (a class) opens always instead. */
export function removeItem(outline: Outline, moduleId: string, itemId: string): Outline {
  const without = updateModule(outline, moduleId, (module) => ({ ...module, items: module.items.filter((item) => item.id !== itemId) }));
  return {
    modules: without.modules.map((module) =>
      module.unlock.kind === 'after_class' && module.unlock.itemId === itemId ? { ...module, unlock: { kind: 'always' } } : module,
    ),
  };
}

export function moveItem(outline: Outline, moduleId: string, itemId: string, by: -1 | 1): Outline {
  return updateModule(outline, moduleId, (module) => ({ ...module, items: move(module.items, module.items.findIndex((item) => item.id === itemId), by) }));
}

function pointsAt(rule: UnlockRule, moduleId: string, itemIds: ReadonlySet<string>): boolean {
  return (rule.kind === 'after_module' && rule.moduleId === moduleId) || (rule.kind === 'after_class' && itemIds.has(rule.itemId));
}

/**
 * What a module's unlock rule may point at: the modules before it and their class items (the schema
 * allows only backward references, so no module can wait on itself).
 */
export function earlierTargets(outline: Outline, moduleId: string): { modules: Module[]; classes: Item[] } {
  const index = outline.modules.findIndex((module) => module.id === moduleId);
  const modules = outline.modules.slice(0, Math.max(index, 0));
  return { modules, classes: modules.flatMap((module) => module.items.filter((item) => item.kind === 'class')) };
}

/**
 * The outline as the API takes it: translations left empty in the editor are dropped (an absent
 * language, not an empty string, means "not translated"), whatever item kind holds the text.
 */
export function withoutEmptyTranslations<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEmptyTranslations) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const localized = typeof (value as { ru?: unknown }).ru === 'string' && entries.every(([key]) => ['ru', 'en', 'zh'].includes(key));
  return Object.fromEntries(
    entries
      .filter(([key, inner]) => !(localized && key !== 'ru' && typeof inner === 'string' && inner.trim() === ''))
      .map(([key, inner]) => [key, withoutEmptyTranslations(inner)]),
  ) as T;
}
