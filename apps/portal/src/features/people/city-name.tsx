import { localizedName } from '@gorod/sdk';
import { useQuery } from '@tanstack/react-query';
import { useLocale } from '../../i18n/i18n-provider';
import { useTRPC } from '../../lib/trpc';

/** A city's name in the reader's language, from its id (the batch link fetches a list's cities at once). */
export function CityName({ id }: { id: string }) {
  const trpc = useTRPC();
  const { locale } = useLocale();
  const city = useQuery({ ...trpc.cities.get.queryOptions({ id }), staleTime: Number.POSITIVE_INFINITY });
  return <>{city.data ? localizedName(city.data.name, locale) : id}</>;
}
