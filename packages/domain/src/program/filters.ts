import { z } from 'zod';
import { normalizeSearchText } from '../cities/search.js';
import { LocaleSchema } from '../locale.js';
import { text } from '../text.js';
import { ProgramIdSchema } from './ids.js';
import type { LocalizedText } from './localized-text.js';
import { type Session, SessionKindSchema } from './session.js';
import { sessionDay } from './session-day.js';

/** The public program's filters; every one optional, all of them applying together. */
export const ProgramFiltersSchema = z.strictObject({
  day: z.iso.date().optional(),
  trackId: ProgramIdSchema.optional(),
  roomId: ProgramIdSchema.optional(),
  kind: SessionKindSchema.optional(),
  language: LocaleSchema.optional(),
  query: text({ max: 200 }).optional(),
});
export type ProgramFilters = z.infer<typeof ProgramFiltersSchema>;

const allLanguages = (value: LocalizedText | null) => (value ? [value.ru, value.en ?? '', value.zh ?? ''] : []);

/**
 * Whether a session passes the filters. The search matches titles and speakers' names in all three
 * languages, folded like the directory's search (case, ё), so "королёв" finds "Королев". `day` is read
 * in `timeZone`, the forum's.
 */
export function matchesProgramFilters(
  session: Pick<Session, 'title' | 'startsAt' | 'roomId' | 'trackIds' | 'kind' | 'languages' | 'speakerIds'>,
  filters: ProgramFilters,
  speakers: ReadonlyMap<string, { name: LocalizedText }>,
  timeZone: string,
): boolean {
  if (filters.day && sessionDay(session, timeZone) !== filters.day) return false;
  if (filters.trackId && !session.trackIds.includes(filters.trackId)) return false;
  if (filters.roomId && session.roomId !== filters.roomId) return false;
  if (filters.kind && session.kind !== filters.kind) return false;
  if (filters.language && !session.languages.includes(filters.language)) return false;
  const query = normalizeSearchText(filters.query ?? '');
  if (!query) return true;
  const haystack = [
    ...allLanguages(session.title),
    ...session.speakerIds.flatMap((id) => allLanguages(speakers.get(id)?.name ?? null)),
  ];
  return haystack.some((candidate) => normalizeSearchText(candidate).includes(query));
}
