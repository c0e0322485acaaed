import type { Page } from '../pagination.js';
import { z } from 'zod';
import { LocalizedNameSchema } from '../locale.js';
import { pageInputFields } from '../pagination.js';
import { text } from '../text.js';

/** The eight federal districts of Russia, by stable id. */
export const federalDistricts = [
  'central',
  'northwestern',
  'southern',
  'north-caucasian',
  'volga',
  'ural',
  'siberian',
  'far-eastern',
] as const;
export const FederalDistrictSchema = z.enum(federalDistricts);
export type FederalDistrict = z.infer<typeof FederalDistrictSchema>;

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCodeSchema = text({
  max: 2,
  pattern: { regex: /^[A-Z]{2}$/, message: 'Use a two-letter ISO 3166-1 country code such as RU' },
});

/**
 * A region id: the ISO 3166-2 code (`RU-SVE`, `CN-LN`) where one exists; otherwise a stable lowercase
 * id (`ru-crimea`) that cannot be mistaken for an ISO code.
 */
export const RegionIdSchema = text({
  max: 32,
  pattern: { regex: /^([A-Z]{2}-[A-Z0-9]{1,3}|[a-z]{2}-[a-z-]+)$/, message: 'Use a region id such as RU-SVE' },
});

/** A city id: a stable lowercase slug such as `yekaterinburg`. */
export const CityIdSchema = text({
  min: 1,
  max: 64,
  pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'Use a city id such as yekaterinburg' },
});

/** An IANA time zone that this runtime knows, such as `Asia/Yekaterinburg`. */
export const TimeZoneSchema = text({ max: 64 }).refine(isKnownTimeZone, { message: 'Use an IANA time zone such as Asia/Yekaterinburg' });

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

export const CoordinatesSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type Coordinates = z.infer<typeof CoordinatesSchema>;

/** A federal subject of Russia, or a partner region abroad. */
export const RegionSchema = z.strictObject({
  id: RegionIdSchema,
  isoCode: z.string().nullable(),
  country: CountryCodeSchema,
  /** Null for regions outside Russia. */
  federalDistrict: FederalDistrictSchema.nullable(),
  name: LocalizedNameSchema,
  timeZone: TimeZoneSchema,
  capitalCityId: CityIdSchema.nullable(),
});
export type Region = z.infer<typeof RegionSchema>;

export const CitySchema = z.strictObject({
  id: CityIdSchema,
  regionId: RegionIdSchema,
  country: CountryCodeSchema,
  name: LocalizedNameSchema,
  population: z.number().int().nonnegative(),
  timeZone: TimeZoneSchema,
  coordinates: CoordinatesSchema,
  isAdministrativeCentre: z.boolean(),
});
export type City = z.infer<typeof CitySchema>;

export const CityListInputSchema = z.strictObject({
  /** Matches Russian, English and Chinese names; ignores case; ё matches е. */
  search: text({ max: 100 }).optional(),
  region: RegionIdSchema.optional(),
  federalDistrict: FederalDistrictSchema.optional(),
  country: CountryCodeSchema.optional(),
  ...pageInputFields(100),
});
export type CityListInput = z.input<typeof CityListInputSchema>;
export type CityListQuery = z.output<typeof CityListInputSchema>;

/** A page of cities, largest first; pass `nextCursor` back to get the next page, null on the last. */
export type CityPage = Page<City>;

export const CityGetInputSchema = z.strictObject({ id: CityIdSchema });
export type CityGetInput = z.infer<typeof CityGetInputSchema>;
