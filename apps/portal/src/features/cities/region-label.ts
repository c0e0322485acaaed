import { type Locale, localizedName, type Region } from '@gorod/sdk';
import type { IntlShape } from 'react-intl';

/** The federal district of a Russian region, or the country of a region abroad. */
export function districtOrCountry(region: Region, intl: IntlShape, locale: Locale): string {
  if (region.federalDistrict) return intl.formatMessage({ id: `cities.district.${region.federalDistrict}` });
  return new Intl.DisplayNames([locale], { type: 'region' }).of(region.country) ?? region.country;
}

export const regionName = (region: Region | undefined, locale: Locale): string =>
  region ? localizedName(region.name, locale) : '';
