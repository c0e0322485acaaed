import type { CohortRow } from '@gorod/sdk';
import { describe, expect, it } from 'vitest';
import { sortCohortRows } from './cohort-sort';

const row = (userId: string, name: string, patch: Partial<CohortRow> = {}): CohortRow => ({
  userId,
  name,
  city: null,
  region: null,
  federalDistrict: null,
  cohortId: null,
  cohortName: null,
  version: 1,
  status: 'active',
  completedItems: 0,
  totalItems: 4,
  fraction: 0,
  completed: false,
  lastActivityAt: null,
  ...patch,
});

const rows = [
  row('u1', 'Яковлева Анна', { fraction: 0.5, completedItems: 2, lastActivityAt: '2026-11-27T10:00:00.000Z', city: { id: 'perm', name: { ru: 'Пермь', en: 'Perm', zh: '彼尔姆' } } }),
  row('u2', 'Абрамов Илья', { fraction: 1, completedItems: 4, lastActivityAt: '2026-11-28T09:00:00.000Z', city: { id: 'ufa', name: { ru: 'Уфа', en: 'Ufa', zh: '乌法' } } }),
  row('u3', 'Ёлкин Пётр', { fraction: 0.5, completedItems: 2 }),
];

const names = (sorted: CohortRow[]) => sorted.map((r) => r.name);

describe('sorting the cohort table', () => {
  it('orders names in the reader’s collation (Ё beside Е, not after Я)', () => {
    expect(names(sortCohortRows(rows, 'name', 'asc', 'ru'))).toEqual(['Абрамов Илья', 'Ёлкин Пётр', 'Яковлева Анна']);
    expect(names(sortCohortRows(rows, 'name', 'desc', 'ru'))).toEqual(['Яковлева Анна', 'Ёлкин Пётр', 'Абрамов Илья']);
  });

  it('orders progress by number, ties by name', () => {
    expect(names(sortCohortRows(rows, 'fraction', 'desc', 'ru'))).toEqual(['Абрамов Илья', 'Ёлкин Пётр', 'Яковлева Анна']);
    expect(names(sortCohortRows(rows, 'completed', 'asc', 'ru'))).toEqual(['Ёлкин Пётр', 'Яковлева Анна', 'Абрамов Илья']);
  });

  it('puts empty cells last in both directions', () => {
    expect(names(sortCohortRows(rows, 'lastActivity', 'asc', 'ru'))).toEqual(['Яковлева Анна', 'Абрамов Илья', 'Ёлкин Пётр']);
    expect(names(sortCohortRows(rows, 'lastActivity', 'desc', 'ru'))).toEqual(['Абрамов Илья', 'Яковлева Анна', 'Ёлкин Пётр']);
    expect(names(sortCohortRows(rows, 'city', 'desc', 'en'))).toEqual(['Абрамов Илья', 'Яковлева Анна', 'Ёлкин Пётр']);
  });

  it('does not reorder the rows it was given', () => {
    sortCohortRows(rows, 'name', 'asc', 'ru');
    expect(rows.map((r) => r.userId)).toEqual(['u1', 'u2', 'u3']);
  });
});
