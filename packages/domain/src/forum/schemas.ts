import { z } from 'zod';
import { CityIdSchema, CitySchema, RegionSchema, TimeZoneSchema } from '../cities/schemas.js';
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
