import {
  type DelegationDirectoryPage,
  type DelegationDirectoryQuery,
  LocalizedNameSchema,
} from '@gorod/domain';
import { sql } from 'kysely';
import { cityColumns, joinedRegionColumns, toCity, toJoinedRegion } from '../cities/repository.js';
import type { Db } from '../create-db.js';
import { parseJsonColumn } from '../json-column.js';
import { foldedContains } from '../like.js';
import { paginate } from '../paginate.js';

/**
 * A page of an edition's delegations, largest first (ties by city id), each with its city, region, linked
 * head and the number of active people linked to it. Searched by the city's folded ru/en/zh names.
 */
export async function listDelegationDirectory(db: Db, query: DelegationDirectoryQuery): Promise<DelegationDirectoryPage> {
  let matching = db
    .selectFrom('delegations')
    .innerJoin('cities', 'cities.id', 'delegations.city_id')
    .innerJoin('regions', 'regions.id', 'cities.region_id')
    .where('delegations.edition_id', '=', query.editionId);
  if (query.search?.trim()) matching = matching.where(foldedContains('cities.search_text', query.search));
  if (query.region) matching = matching.where('cities.region_id', '=', query.region);
  if (query.federalDistrict) matching = matching.where('regions.federal_district', '=', query.federalDistrict);
  const selected = matching.select([
    ...cityColumns,
    'delegations.id as delegation_id',
    'delegations.edition_id',
    'delegations.head_name',
    'delegations.head_position',
    'delegations.members_count',
    'delegations.head_user_id',
    ...joinedRegionColumns,
    // Counted in the same query; cast because PostgreSQL's count() is a bigint the driver hands back as text.
    sql<number>`(select cast(count(*) as integer) from users where users.delegation_id = delegations.id and users.deactivated_at is null)`.as(
      'linked_members_count',
    ),
  ]);
  return paginate(
    selected,
    query,
    [
      { column: 'delegations.members_count', direction: 'desc', kind: 'number', value: (row) => row.members_count },
      { column: 'cities.id', direction: 'asc', kind: 'string', value: (row) => row.id },
    ],
    (rows) =>
      rows.map((row) => ({
        delegation: {
          id: row.delegation_id,
          editionId: row.edition_id,
          cityId: row.id,
          headName: parseJsonColumn(LocalizedNameSchema, row.head_name),
          headPosition: parseJsonColumn(LocalizedNameSchema, row.head_position),
          membersCount: row.members_count,
        },
        city: toCity(row),
        region: toJoinedRegion(row),
        headUserId: row.head_user_id,
        linkedMembersCount: Number(row.linked_members_count),
      })),
  );
}

/** A delegation's id, edition and city, or undefined. */
export async function findDelegation(db: Db, id: string): Promise<{ id: string; editionId: string; cityId: string } | undefined> {
  const row = await db.selectFrom('delegations').select(['id', 'edition_id', 'city_id']).where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, editionId: row.edition_id, cityId: row.city_id };
}

/** The delegation of an edition that comes from a city, or undefined. */
export async function findDelegationOfCity(db: Db, editionId: string, cityId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('delegations')
    .select('id')
    .where('edition_id', '=', editionId)
    .where('city_id', '=', cityId)
    .executeTakeFirst();
  return row?.id;
}

/**
 * Links a person to a delegation (or to none). They stop heading any delegation they headed before; with
 * `head` they become the new delegation's head, replacing whoever headed it.
 */
export async function setUserDelegation(db: Db, userId: string, delegationId: string | null, head: boolean): Promise<void> {
  await db.updateTable('delegations').set({ head_user_id: null }).where('head_user_id', '=', userId).execute();
  await db.updateTable('users').set({ delegation_id: delegationId }).where('id', '=', userId).execute();
  if (delegationId && head) {
    await db.updateTable('delegations').set({ head_user_id: userId }).where('id', '=', delegationId).execute();
  }
}

/** Each listed person's delegation and whether they head it: a people page costs one query more. */
export async function delegationLinksOf(db: Db, userIds: readonly string[]): Promise<Map<string, { delegationId: string; head: boolean }>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .innerJoin('delegations', 'delegations.id', 'users.delegation_id')
    .select(['users.id', 'users.delegation_id', 'delegations.head_user_id'])
    .where('users.id', 'in', userIds)
    .execute();
  return new Map(rows.map((row) => [row.id, { delegationId: row.delegation_id as string, head: row.head_user_id === row.id }]));
}
