import { type ApiToken, type TokenScope, TokenScopeSchema } from '@gorod/domain';
import type { ExpressionBuilder } from 'kysely';
import { z } from 'zod';
import type { Db } from '../create-db.js';
import type { Database } from '../database.js';
import { rolesOf } from './roles.js';

/** The scopes column: JSON text, parsed through the domain's schema here and nowhere else. */
const parseScopes = (json: string): TokenScope[] => z.array(TokenScopeSchema).parse(JSON.parse(json));

export async function insertApiToken(
  db: Db,
  token: { id: string; userId: string; name: string; scopes: readonly TokenScope[]; secretHash: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      user_id: token.userId,
      name: token.name,
      scopes: JSON.stringify(token.scopes),
      secret_hash: token.secretHash,
      created_at: token.createdAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
}

/**
 * The visibility rule of tokens in SQL, shared by every list of them (the domain's `canSeeToken`): a
 * token is seen by its owner only.
 */
export const tokensVisibleTo =
  (userId: string) =>
  (eb: ExpressionBuilder<Database, 'api_tokens'>) =>
    eb('api_tokens.user_id', '=', userId);

export async function listApiTokens(db: Db, userId: string): Promise<ApiToken[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'scopes', 'created_at', 'last_used_at', 'revoked_at'])
    .where(tokensVisibleTo(userId))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    scopes: parseScopes(row.scopes),
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  }));
}

/** An unrevoked token with its owner's state and roles, for authenticating a request. */
export async function findActiveApiToken(db: Db, id: string) {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.user_id as userId',
      'api_tokens.secret_hash as secretHash',
      'api_tokens.scopes as scopes',
      'api_tokens.last_used_at as lastUsedAt',
      'users.deactivated_at as deactivatedAt',
    ])
    .where('api_tokens.id', '=', id)
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, scopes: parseScopes(row.scopes), roles: await rolesOf(db, row.userId) };
}

export async function touchApiToken(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** An unrevoked token by id, whoever owns it: the resource builder decides who may see it. */
export async function findUnrevokedApiToken(db: Db, id: string): Promise<{ id: string; userId: string } | undefined> {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'user_id as userId'])
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** Revokes one of the user's own tokens; false when there is no such unrevoked token of theirs. */
export async function revokeApiToken(db: Db, userId: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
