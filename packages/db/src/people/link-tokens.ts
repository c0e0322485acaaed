import type { Db } from '../create-db.js';

export type LinkKind = 'invitation' | 'password_reset';

export async function insertLinkToken(
  db: Db,
  token: { idHash: string; kind: LinkKind; userId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('link_tokens')
    .values({ id_hash: token.idHash, kind: token.kind, user_id: token.userId, created_at: token.createdAt, expires_at: token.expiresAt, used_at: null })
    .execute();
}

/**
 * Uses a link token once: marks it used only if it is unused, unexpired and its person is not
 * deactivated, and returns its user. The conditional UPDATE makes two concurrent uses of one link
 * succeed at most once, on any replica.
 */
export async function consumeLinkToken(db: Db, idHash: string, kind: LinkKind, now: string): Promise<string | undefined> {
  const result = await db
    .updateTable('link_tokens')
    .set({ used_at: now })
    .where('id_hash', '=', idHash)
    .where('kind', '=', kind)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .where('user_id', 'in', (eb) => eb.selectFrom('users').select('id').where('deactivated_at', 'is', null))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  const row = await db.selectFrom('link_tokens').select('user_id').where('id_hash', '=', idHash).executeTakeFirst();
  return row?.user_id;
}

/**
 * Invalidates a user's unused links of a kind: a new invitation or reset link replaces the old ones, and
 * a changed or reset password ends every reset link.
 */
export async function revokeLinkTokens(db: Db, userId: string, kind: LinkKind, now: string): Promise<void> {
  await db.updateTable('link_tokens').set({ used_at: now }).where('user_id', '=', userId).where('kind', '=', kind).where('used_at', 'is', null).execute();
}

/** The (not deactivated) person an unused, unexpired link is for, without using it up. */
export async function findLinkTokenUser(db: Db, idHash: string, kind: LinkKind, now: string) {
  return db
    .selectFrom('link_tokens')
    .innerJoin('users', 'users.id', 'link_tokens.user_id')
    .select(['users.id', 'users.name', 'users.email', 'users.locale', 'users.password_hash'])
    .where('link_tokens.id_hash', '=', idHash)
    .where('link_tokens.kind', '=', kind)
    .where('link_tokens.used_at', 'is', null)
    .where('link_tokens.expires_at', '>', now)
    .where('users.deactivated_at', 'is', null)
    .executeTakeFirst();
}
