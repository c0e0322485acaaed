import { issue, type Locale, LocaleSchema, normalizeSearchText, type Page, type Role, type User, type UserListInput } from '@gorod/domain';
import { type Selectable, sql } from 'kysely';
import type { Db } from '../create-db.js';
import { foldedContains } from '../like.js';
import { type KeysetColumn, paginate } from '../paginate.js';
import { conflictOnUniqueViolation } from '../unique-violation.js';
import { rolesOf, rolesOfEach } from './roles.js';
import type { UsersTable } from './tables.js';

const userColumns = ['id', 'email', 'name', 'city_id', 'position', 'locale', 'time_zone', 'created_at', 'deactivated_at'] as const;
// Whether a password is set says whether the invitation was accepted; the hash itself never leaves here.
const withPasswordFlag = sql<number>`case when password_hash is null then 0 else 1 end`.as('has_password');

/** A row of the people list: the listed columns as the table defines them, and whether a password is set. */
type UserRow = Pick<Selectable<UsersTable>, (typeof userColumns)[number]> & { has_password: number };

const toUser = (row: UserRow, roles: Role[]): User => ({
  id: row.id,
  name: row.name,
  email: row.email,
  cityId: row.city_id,
  position: row.position,
  locale: LocaleSchema.parse(row.locale),
  timeZone: row.time_zone,
  roles,
  status: row.deactivated_at ? 'deactivated' : Number(row.has_password) === 1 ? 'active' : 'invited',
  deactivatedAt: row.deactivated_at,
  createdAt: row.created_at,
});

export async function findUser(db: Db, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').select([...userColumns, withPasswordFlag]).where('id', '=', id).executeTakeFirst();
  return row && toUser(row, await rolesOf(db, row.id));
}

/** The user and their password hash, for signing in. `email` must already be lower-cased. */
export async function findCredentials(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'password_hash', 'deactivated_at'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function emailTaken(db: Db, email: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) !== undefined;
}

export interface NewUser {
  id: string;
  email: string;
  name: string;
  cityId: string | null;
  position: string;
  locale: Locale;
  timeZone: string;
  roles: readonly Role[];
  passwordHash: string | null;
  createdAt: string;
}

/** The conflict both the up-front check and a lost race answer with when an email belongs to someone. */
export const emailTakenMessage = 'Someone with this email is already invited';
export const emailTakenIssue = () => issue(['email'], 'taken', 'This email is already taken');

/**
 * Adds a person. An email taken by a concurrent insert since the caller checked is a `CONFLICT` at `email`
 * (the unique key decides the race), never a 500.
 */
export async function insertUser(db: Db, user: NewUser): Promise<void> {
  const insert = db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      search_text: normalizeSearchText(`${user.name} ${user.email}`),
      city_id: user.cityId,
      position: user.position,
      locale: user.locale,
      time_zone: user.timeZone,
      password_hash: user.passwordHash,
      created_at: user.createdAt,
      deactivated_at: null,
    });
  await conflictOnUniqueViolation(() => insert.execute(), emailTakenMessage, emailTakenIssue());
  await setRoles(db, user.id, user.roles);
}

/**
 * Holds the person's row until the transaction ends (a no-op update: a row lock on PostgreSQL, the write
 * lock on SQLite), so concurrent changes to what hangs off it — their roles — take turns.
 */
export async function lockUser(db: Db, userId: string): Promise<void> {
  await db.updateTable('users').set((eb) => ({ id: eb.ref('id') })).where('id', '=', userId).execute();
}

/**
 * Replaces the person's roles. Call it inside a transaction: it locks the person first, so of two
 * concurrent replacements the later one wins whole, and roles are never duplicated.
 */
export async function setRoles(db: Db, userId: string, roles: readonly Role[]): Promise<void> {
  await lockUser(db, userId);
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  const unique = [...new Set(roles)];
  if (unique.length > 0) await db.insertInto('user_roles').values(unique.map((role) => ({ user_id: userId, role }))).execute();
}

export async function updateUser(
  db: Db,
  id: string,
  changes: Partial<{ name: string; cityId: string | null; position: string; locale: Locale; timeZone: string; passwordHash: string; deactivatedAt: string | null }>,
): Promise<void> {
  const values = {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.cityId !== undefined ? { city_id: changes.cityId } : {}),
    ...(changes.position !== undefined ? { position: changes.position } : {}),
    ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
    ...(changes.timeZone !== undefined ? { time_zone: changes.timeZone } : {}),
    ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
    ...(changes.deactivatedAt !== undefined ? { deactivated_at: changes.deactivatedAt } : {}),
  };
  if (Object.keys(values).length === 0) return;
  await db.updateTable('users').set(values).where('id', '=', id).execute();
  if (changes.name !== undefined) {
    const row = await db.selectFrom('users').select('email').where('id', '=', id).executeTakeFirstOrThrow();
    await db.updateTable('users').set({ search_text: normalizeSearchText(`${changes.name} ${row.email}`) }).where('id', '=', id).execute();
  }
}

const newestFirst: [KeysetColumn<UserRow>, KeysetColumn<UserRow>] = [
  { column: 'users.created_at', direction: 'desc', kind: 'string', value: (row) => row.created_at },
  { column: 'users.id', direction: 'desc', kind: 'string', value: (row) => row.id },
];

/** People for the organizers' list: newest first, searched by name or email. */
export async function listUsers(
  db: Db,
  input: Required<Pick<UserListInput, 'limit' | 'includeDeactivated'>> & Omit<UserListInput, 'limit' | 'includeDeactivated'>,
): Promise<Page<User>> {
  let select = db.selectFrom('users').select([...userColumns, withPasswordFlag]);
  if (!input.includeDeactivated) select = select.where('deactivated_at', 'is', null);
  if (input.search) {
    select = select.where(foldedContains('search_text', input.search));
  }
  if (input.role) {
    const role = input.role;
    select = select.where('id', 'in', (eb) => eb.selectFrom('user_roles').select('user_id').where('role', '=', role));
  }
  return paginate(select, input, newestFirst, async (rows) => {
    const roles = await rolesOfEach(db, rows.map((row) => row.id));
    return rows.map((row) => toUser(row, roles.get(row.id) ?? []));
  });
}

/** Which of these (lower-cased) emails already belong to someone. */
export async function usersWithEmails(db: Db, emails: readonly string[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db.selectFrom('users').select('email').where('email', 'in', emails).execute();
  return rows.map((row) => row.email);
}

/** Whether the person has chosen a password (accepted their invitation). */
export async function hasPassword(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
  return !!row?.password_hash;
}
