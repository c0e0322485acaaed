import { type Locale, locales, type SessionKind, sessionKinds } from '@gorod/sdk';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** What the program shows, kept in the address (`?day=…&track=…&q=…`) so a link reproduces it. */
export interface ProgramUrlFilters {
  day: string | undefined;
  trackId: string | undefined;
  roomId: string | undefined;
  kind: SessionKind | undefined;
  language: Locale | undefined;
  query: string;
}

const paramOf = { day: 'day', trackId: 'track', roomId: 'room', kind: 'kind', language: 'lang', query: 'q' } as const satisfies Record<
  keyof ProgramUrlFilters,
  string
>;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined => allowed.find((a) => a === value);

export function useProgramFilters() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<ProgramUrlFilters>(
    () => ({
      day: params.get(paramOf.day) || undefined,
      trackId: params.get(paramOf.trackId) || undefined,
      roomId: params.get(paramOf.roomId) || undefined,
      kind: oneOf(sessionKinds, params.get(paramOf.kind)),
      language: oneOf(locales, params.get(paramOf.language)),
      query: params.get(paramOf.query) ?? '',
    }),
    [params],
  );

  /** Typing replaces the history entry; choosing a filter or a day adds one, so Back undoes it. */
  const setFilters = useCallback(
    (patch: Partial<ProgramUrlFilters>, { replace = false }: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch) as [keyof ProgramUrlFilters, string | undefined][]) {
            if (value && value.trim() !== '') next.set(paramOf[key], value);
            else next.delete(paramOf[key]);
          }
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );

  /** Clears the filters but stays on the chosen day. */
  const resetFilters = useCallback(
    () => setParams((previous) => new URLSearchParams(previous.get('day') ? { day: previous.get('day') ?? '' } : {})),
    [setParams],
  );

  return { filters, setFilters, resetFilters };
}
