import { type CourseTopic, courseTopics, type Locale, locales } from '@gorod/sdk';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** What the catalog shows, kept in the address (`?topic=…&q=…&lang=…`) so a link reproduces it. */
export interface CatalogFilters {
  topic: CourseTopic | undefined;
  search: string;
  language: Locale | undefined;
}

const paramOf = { topic: 'topic', search: 'q', language: 'lang' } as const satisfies Record<keyof CatalogFilters, string>;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined => allowed.find((a) => a === value);

export function useCatalogFilters() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<CatalogFilters>(
    () => ({
      topic: oneOf(courseTopics, params.get(paramOf.topic)),
      search: params.get(paramOf.search) ?? '',
      language: oneOf(locales, params.get(paramOf.language)),
    }),
    [params],
  );

  /** Typing replaces the history entry; choosing a filter adds one, so Back undoes it. */
  const setFilters = useCallback(
    (patch: Partial<CatalogFilters>, { replace = false }: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch) as [keyof CatalogFilters, string | undefined][]) {
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

  const resetFilters = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  return { filters, setFilters, resetFilters };
}
