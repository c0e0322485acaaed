import { type Role, RoleSchema } from '@gorod/domain';
import type { Db } from '../create-db.js';

/** The one reader of a person's roles, in role order; each role is checked against the domain's list. */
export async function rolesOf(db: Db, userId: string): Promise<Role[]> {
  return (await rolesOfEach(db, [userId])).get(userId) ?? [];
}

/** The roles of many people in one query (a page of a list), by person. */
export async function rolesOfEach(db: Db, userIds: readonly string[]): Promise<Map<string, Role[]>> {
  const byUser = new Map<string, Role[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db.selectFrom('user_roles').select(['user_id', 'role']).where('user_id', 'in', userIds).orderBy('role').execute();
  for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), RoleSchema.parse(row.role)]);
  return byUser;
}
