import { localizedName } from '@gorod/sdk';
import { useLocale } from '../../i18n/i18n-provider';
import { useCity } from '../cities/queries';

/** A city's name in the reader's language, from its id (the batch link fetches a list's cities at once). */
export function CityName({ id }: { id: string }) {
  const { locale } = useLocale();
  const city = useCity(id, { staleTime: Number.POSITIVE_INFINITY });
  return <>{city.data ? localizedName(city.data.name, locale) : id}</>;
}
