import { type Delegation, type DelegationListInput, type ForumEdition, type LocalizedName, LocalizedNameSchema, type PartnerCity } from '@gorod/domain';
import { cityColumns, joinedRegionColumns, toCity, toJoinedRegion } from '../cities/repository.js';
import type { Db } from '../create-db.js';
import { parseJsonColumn } from '../json-column.js';

/** Titles, head names and positions: JSON text of a localized name. */
const localized = (json: string): LocalizedName => parseJsonColumn(LocalizedNameSchema, json);

const editionColumns = ['id', 'title', 'venue_city_id', 'start_date', 'end_date', 'time_zone'] as const;

export async function listEditions(db: Db): Promise<ForumEdition[]> {
  const rows = await db.selectFrom('forum_editions').select(editionColumns).orderBy('start_date').execute();
  return rows.map((row) => ({
    id: row.id,
    title: localized(row.title),
    venueCityId: row.venue_city_id,
    startDate: row.start_date,
    endDate: row.end_date,
    timeZone: row.time_zone,
  }));
}

export async function editionExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('forum_editions').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** An edition's delegations, largest first, optionally only one city's. */
export async function listDelegations(db: Db, input: DelegationListInput): Promise<Delegation[]> {
  let select = db
    .selectFrom('delegations')
    .select(['id', 'edition_id', 'city_id', 'head_name', 'head_position', 'members_count'])
    .where('edition_id', '=', input.editionId);
  if (input.cityId) select = select.where('city_id', '=', input.cityId);
  const rows = await select.orderBy('members_count', 'desc').orderBy('city_id').execute();
  return rows.map((row) => ({
    id: row.id,
    editionId: row.edition_id,
    cityId: row.city_id,
    headName: localized(row.head_name),
    headPosition: localized(row.head_position),
    membersCount: row.members_count,
  }));
}

/**
 * The edition's delegations from cities abroad (in another country than the venue city), largest first,
 * each with its city and region: one joined query, so a client never joins lists by hand.
 */
export async function listPartnerCities(db: Db, editionId: string): Promise<PartnerCity[]> {
  const rows = await db
    .selectFrom('delegations')
    .innerJoin('forum_editions', 'forum_editions.id', 'delegations.edition_id')
    .innerJoin('cities as venue', 'venue.id', 'forum_editions.venue_city_id')
    .innerJoin('cities', 'cities.id', 'delegations.city_id')
    .innerJoin('regions', 'regions.id', 'cities.region_id')
    .select([
      ...cityColumns,
      'delegations.id as delegation_id',
      'delegations.head_name',
      'delegations.head_position',
      'delegations.members_count',
      ...joinedRegionColumns,
    ])
    .where('delegations.edition_id', '=', editionId)
    .whereRef('cities.country', '<>', 'venue.country')
    .orderBy('delegations.members_count', 'desc')
    .orderBy('cities.id')
    .execute();
  return rows.map((row) => ({
    city: toCity(row),
    region: toJoinedRegion(row),
    delegation: {
      id: row.delegation_id,
      editionId,
      cityId: row.id,
      headName: localized(row.head_name),
      headPosition: localized(row.head_position),
      membersCount: row.members_count,
    },
  }));
}

export async function insertEdition(db: Db, edition: ForumEdition): Promise<void> {
  await db
    .insertInto('forum_editions')
    .values({
      id: edition.id,
      title: JSON.stringify(edition.title),
      venue_city_id: edition.venueCityId,
      start_date: edition.startDate,
      end_date: edition.endDate,
      time_zone: edition.timeZone,
    })
    .execute();
}

export async function insertDelegations(db: Db, delegations: readonly Delegation[]): Promise<void> {
  if (delegations.length === 0) return;
  await db
    .insertInto('delegations')
    .values(
      delegations.map((d) => ({
        id: d.id,
        edition_id: d.editionId,
        city_id: d.cityId,
        head_name: JSON.stringify(d.headName),
        head_position: JSON.stringify(d.headPosition),
        members_count: d.membersCount,
      })),
    )
    .execute();
}
