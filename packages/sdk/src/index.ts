/**
 * @gorod/sdk — the domain of Gorod (cities, forum editions, delegations, people: zod schemas, types and
 * pure rules) and a typed client of its API.
 *
 * Every public name is listed here on purpose; the rules only the server runs (access decisions, CSV
 * import, zod-to-error conversion, pagination fields) stay inside. `api/public-names.txt` is the
 * reviewed list of this surface: a test fails when the built package differs from it.
 */

export * from './client/index.js';

// Languages and names given in each of them.
export { type Locale, LocaleSchema, type LocalizedName, LocalizedNameSchema, locales, localizedName } from '@gorod/domain';

// Cities and regions: the directory, and the local time of a place.
export {
  type City,
  type CityGetInput,
  CityGetInputSchema,
  CityIdSchema,
  type CityListInput,
  CityListInputSchema,
  type CityPage,
  CitySchema,
  type Coordinates,
  CoordinatesSchema,
  CountryCodeSchema,
  cityLocalTime,
  type FederalDistrict,
  FederalDistrictSchema,
  federalDistricts,
  type Region,
  RegionIdSchema,
  RegionSchema,
  TimeZoneSchema,
  utcOffsetMinutes,
} from '@gorod/domain';

// The forum: its editions and the delegations of partner cities.
export {
  CalendarDateSchema,
  calendarDateIn,
  canAssignDelegation,
  canSeeDelegations,
  type Delegation,
  type DelegationDirectoryEntry,
  DelegationDirectoryEntrySchema,
  type DelegationDirectoryInput,
  DelegationDirectoryInputSchema,
  type DelegationDirectoryPage,
  type DelegationListInput,
  DelegationListInputSchema,
  DelegationSchema,
  daysUntilStart,
  EditionIdSchema,
  type EditionPhase,
  editionDayNumber,
  editionDays,
  editionPhase,
  type ForumEdition,
  ForumEditionSchema,
  noonOn,
  type PartnerCity,
  PartnerCitySchema,
  type PartnerListInput,
  PartnerListInputSchema,
  type SetDelegationInput,
  SetDelegationInputSchema,
} from '@gorod/domain';

export * from './people.js';
export * from './program.js';
export * from './courses.js';
