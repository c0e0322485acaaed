import type { Room, RoomUpdateInput } from '@gorod/domain';
import type { Db } from '../create-db.js';
import { toLocalized } from './json.js';

const roomColumns = ['id', 'edition_id', 'name', 'floor', 'capacity'] as const;

function toRoom(row: { id: string; edition_id: string; name: string; floor: number; capacity: number }): Room {
  return { id: row.id, editionId: row.edition_id, name: toLocalized(row.name), floor: row.floor, capacity: row.capacity };
}

export async function listRooms(db: Db, editionId: string): Promise<Room[]> {
  const rows = await db.selectFrom('rooms').select(roomColumns).where('edition_id', '=', editionId).orderBy('floor').orderBy('id').execute();
  return rows.map(toRoom);
}

export async function findRoom(db: Db, id: string): Promise<Room | undefined> {
  const row = await db.selectFrom('rooms').select(roomColumns).where('id', '=', id).executeTakeFirst();
  return row && toRoom(row);
}

export async function insertRooms(db: Db, rooms: readonly Room[]): Promise<void> {
  if (rooms.length === 0) return;
  await db
    .insertInto('rooms')
    .values(rooms.map((r) => ({ id: r.id, edition_id: r.editionId, name: JSON.stringify(r.name), floor: r.floor, capacity: r.capacity })))
    .execute();
}

/** Applies the given changes; false when there is no such room. */
export async function updateRoom(db: Db, input: RoomUpdateInput): Promise<boolean> {
  const result = await db
    .updateTable('rooms')
    .set({
      ...(input.name && { name: JSON.stringify(input.name) }),
      ...(input.floor !== undefined && { floor: input.floor }),
      ...(input.capacity !== undefined && { capacity: input.capacity }),
    })
    .where('id', '=', input.id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
