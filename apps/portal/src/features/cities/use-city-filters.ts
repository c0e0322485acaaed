import { type FederalDistrict, federalDistricts } from '@gorod/sdk';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** What the directory shows, kept in the address (`?q=…&district=…&region=…`) so a link reproduces it. */
export interface CityFilters {
  search: string;
  federalDistrict: FederalDistrict | undefined;
  region: string | undefined;
}

const paramOf = { search: 'q', federalDistrict: 'district', region: 'region' } as const satisfies Record<
  keyof CityFilters,
  string
>;

const asDistrict = (value: string | null): FederalDistrict | undefined =>
  federalDistricts.find((district) => district === value);

export function useCityFilters() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<CityFilters>(
    () => ({
      search: params.get(paramOf.search) ?? '',
      federalDistrict: asDistrict(params.get(paramOf.federalDistrict)),
      region: params.get(paramOf.region) || undefined,
    }),
    [params],
  );

  /** Typing replaces the history entry; choosing a filter adds one, so Back undoes it. */
  const setFilters = useCallback(
    (patch: Partial<CityFilters>, { replace = false }: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch) as [keyof CityFilters, string | undefined][]) {
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
