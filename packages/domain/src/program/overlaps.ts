import { compareIds } from './ids.js';
/** Anything with a time span: a session, or (in the courses issue) an enrolled class. */
export interface TimedItem {
  id: string;
  startsAt: string;
  endsAt: string;
}

/** Half-open spans [start, end): back-to-back items (one ends as the next starts) do not overlap. */
export function spansOverlap(a: Pick<TimedItem, 'startsAt' | 'endsAt'>, b: Pick<TimedItem, 'startsAt' | 'endsAt'>): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

/** Two items of an agenda that overlap, ids in sorted order so a pair is reported once whatever the input order. */
export interface AgendaOverlap {
  ids: [string, string];
}

/**
 * The pairs of a person's agenda that happen at the same time. Items are generic so the courses issue
 * adds classes through the same rule; each pair appears once, sorted, and the list is sorted too.
 */
export function findAgendaOverlaps(items: readonly TimedItem[]): AgendaOverlap[] {
  const byStart = [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || compareIds(a.id, b.id));
  const overlaps: AgendaOverlap[] = [];
  for (let i = 0; i < byStart.length; i++) {
    const a = byStart[i]!;
    for (let j = i + 1; j < byStart.length; j++) {
      const b = byStart[j]!;
      // Sorted by start: once b starts at or after a's end, no later item overlaps a.
      if (Date.parse(b.startsAt) >= Date.parse(a.endsAt)) break;
      if (a.id !== b.id && spansOverlap(a, b)) overlaps.push({ ids: a.id < b.id ? [a.id, b.id] : [b.id, a.id] });
    }
  }
  return overlaps.sort((x, y) => compareIds(x.ids[0], y.ids[0]) || compareIds(x.ids[1], y.ids[1]));
}
