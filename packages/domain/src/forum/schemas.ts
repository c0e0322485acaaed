import { z } from 'zod';
import { CityIdSchema, CitySchema, FederalDistrictSchema, RegionIdSchema, RegionSchema, TimeZoneSchema } from '../cities/schemas.js';
import { type Page, pageInputFields } from '../pagination.js';
import { LocalizedNameSchema } from '../locale.js';
import { text } from '../text.js';

/** A calendar date, `YYYY-MM-DD`, read in the edition's time zone. */
export const CalendarDateSchema = z.iso.date();

export const EditionIdSchema = text({
  min: 1,
  max: 64,
  pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'Use an edition id such as cities-of-russia-2026' },
});

/** One yearly edition of the forum, held in one city over consecutive days. */
export const ForumEditionSchema = z.strictObject({
  id: EditionIdSchema,
  title: LocalizedNameSchema,
  venueCityId: CityIdSchema,
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema,
  timeZone: TimeZoneSchema,
});
export type ForumEdition = z.infer<typeof ForumEditionSchema>;

/** A city's delegation at an edition of the forum. */
export const DelegationSchema = z.strictObject({
  id: z.string().min(1).max(64),
  editionId: EditionIdSchema,
  cityId: CityIdSchema,
  headName: LocalizedNameSchema,
  headPosition: LocalizedNameSchema,
  membersCount: z.number().int().min(1).max(500),
});
export type Delegation = z.infer<typeof DelegationSchema>;

export const DelegationListInputSchema = z.strictObject({
  editionId: EditionIdSchema,
  cityId: CityIdSchema.optional(),
});
export type DelegationListInput = z.infer<typeof DelegationListInputSchema>;

export const PartnerListInputSchema = z.strictObject({ editionId: EditionIdSchema });
export type PartnerListInput = z.infer<typeof PartnerListInputSchema>;

/** A delegation from a city abroad (another country than the venue's), with its city and region joined in. */
export const PartnerCitySchema = z.strictObject({
  city: CitySchema,
  region: RegionSchema,
  delegation: DelegationSchema,
});
export type PartnerCity = z.infer<typeof PartnerCitySchema>;

/** The public directory of an edition's delegations: searched in three languages, filtered by district and region. */
export const DelegationDirectoryInputSchema = z.strictObject({
  editionId: EditionIdSchema,
  /** Matches the city's Russian, English and Chinese names; ignores case; ё matches е. */
  search: text({ max: 100 }).optional(),
  federalDistrict: FederalDistrictSchema.optional(),
  region: RegionIdSchema.optional(),
  ...pageInputFields(100),
});
export type DelegationDirectoryInput = z.input<typeof DelegationDirectoryInputSchema>;
export type DelegationDirectoryQuery = z.output<typeof DelegationDirectoryInputSchema>;

/**
 * One delegation as the directory shows it: the delegation (declared head and size), its city and region,
 * the person account linked as its head (if any) and how many people accounts are linked to it.
 */
export const DelegationDirectoryEntrySchema = z.strictObject({
  delegation: DelegationSchema,
  city: CitySchema,
  region: RegionSchema,
  headUserId: z.string().nullable(),
  linkedMembersCount: z.number().int().min(0),
});
export type DelegationDirectoryEntry = z.infer<typeof DelegationDirectoryEntrySchema>;
export type DelegationDirectoryPage = Page<DelegationDirectoryEntry>;

/** Links a person to a delegation of the current edition (or unlinks with null); `head` marks them its head. */
export const SetDelegationInputSchema = z.strictObject({
  userId: z.string().min(1).max(64),
  delegationId: z.string().min(1).max(64).nullable(),
  head: z.boolean().optional(),
});
export type SetDelegationInput = z.infer<typeof SetDelegationInputSchema>;
