import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../create-db.js';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Gives a person a new secret for their personal calendar feed, replacing (revoking) any earlier one.
 * The secret is kept so the portal can show the same subscription address again (it opens one agenda,
 * read-only, until reset); feeds are looked up by its hash.
 */
export async function resetFeed(db: Db, userId: string, now: Date): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token_hash: hash(token), secret: token, created_at: now.toISOString() })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: hash(token), secret: token, created_at: now.toISOString() }))
    .execute();
  return token;
}

/** A person's current feed secret, creating the feed on first use. */
export async function ensureFeed(db: Db, userId: string, now: Date): Promise<string> {
  const row = await db.selectFrom('calendar_feeds').select('secret').where('user_id', '=', userId).executeTakeFirst();
  return row?.secret ?? resetFeed(db, userId, now);
}

/** Whose feed a secret opens, if it is the current one. */
export async function feedOwner(db: Db, token: string): Promise<string | undefined> {
  const row = await db.selectFrom('calendar_feeds').select('user_id').where('token_hash', '=', hash(token)).executeTakeFirst();
  return row?.user_id;
}

/** Turns a person's feed off: its URL stops working until they ask for a new one. */
export async function revokeFeed(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
}
