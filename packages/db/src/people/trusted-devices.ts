import type { Db } from '../create-db.js';

export interface NewTrustedDevice {
  idHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export async function insertTrustedDevice(db: Db, device: NewTrustedDevice): Promise<void> {
  await db
    .insertInto('trusted_devices')
    .values({
      id_hash: device.idHash,
      user_id: device.userId,
      created_at: device.createdAt,
      last_used_at: device.createdAt,
      expires_at: device.expiresAt,
    })
    .execute();
}

/** The account a device cookie was issued to, if it has not expired at `now`. */
export async function findTrustedDeviceUser(db: Db, idHash: string, now: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('trusted_devices')
    .select('user_id')
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.user_id;
}

/** Keeps a device trusted for another full term after it signed in again. */
export async function renewTrustedDevice(db: Db, idHash: string, usedAt: string, expiresAt: string): Promise<void> {
  await db.updateTable('trusted_devices').set({ last_used_at: usedAt, expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
}

/** The hashes of every device trusted for `userId`, to clear their locks too. */
export async function trustedDeviceHashes(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('trusted_devices').select('id_hash').where('user_id', '=', userId).execute();
  return rows.map((row) => row.id_hash);
}
