import type { City, Delegation, Region } from '@gorod/sdk';
import { useQueries } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';
import { useRegions } from '../cities/use-regions';

/** The forum is all-Russian: a delegation from a city elsewhere comes from a partner city. */
const homeCountry = 'RU';

export interface PartnerCity {
  city: City;
  region: Region;
  delegation: Delegation;
}

/**
 * Cities abroad that sent a delegation. The API has no "partner" flag, so they are found as the cities of
 * the foreign regions (few) that appear among the delegations.
 */
export function usePartnerCities(delegations: readonly Delegation[] | undefined): PartnerCity[] {
  const trpc = useTRPC();
  const regions = useRegions();
  const foreignRegions = (regions.data?.list ?? []).filter((region) => region.country !== homeCountry);
  const pages = useQueries({
    queries: foreignRegions.map((region) => ({
      ...trpc.cities.list.queryOptions({ region: region.id, limit: 100 }),
      enabled: delegations !== undefined,
    })),
  });
  if (!delegations) return [];
  const byCity = new Map(delegations.map((delegation) => [delegation.cityId, delegation]));
  return pages.flatMap((page, i) =>
    (page.data?.items ?? []).flatMap((city) => {
      const delegation = byCity.get(city.id);
      const region = foreignRegions[i];
      return delegation && region ? [{ city, region, delegation }] : [];
    }),
  );
}
