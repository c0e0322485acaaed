import { z } from 'zod';
import { text } from './text.js';

/**
 * The fields of every paged list's input: a page size, the `nextCursor` of the previous page, and the
 * `direction` infinite-query clients (TanStack Query) add — pages only go forward, so it is ignored.
 */
export const pageInputFields = (maxLimit: number, defaultLimit = 50) => ({
  limit: z.number().int().min(1).max(maxLimit).default(defaultLimit),
  /** `nextCursor` of the previous page, unchanged (its content is checked where it is decoded). */
  cursor: text({ max: 200 }).optional(),
  direction: z.enum(['forward', 'backward']).optional(),
});

/**
 * One page of a keyset-paged list: `nextCursor` is passed back (unchanged) for the next page and is null
 * on the last; `total` counts every row matching the filters, on all pages.
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}
