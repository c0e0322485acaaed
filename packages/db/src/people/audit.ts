import type { AuditEvent } from '@gorod/domain';
import type { Db } from '../create-db.js';
import { decodeCursor, encodeCursor } from '../cursor.js';

export async function insertAuditEvent(db: Db, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: event.id,
      at: event.at,
      event: event.event,
      actor_user_id: event.actorUserId,
      subject_user_id: event.subjectUserId,
      ip: event.ip,
      details: JSON.stringify(event.details),
    })
    .execute();
}

/** Newest first. */
export async function listAuditEvents(db: Db, input: { limit: number; cursor?: string | undefined; event?: string | undefined }) {
  let select = db.selectFrom('audit_events').select(['id', 'at', 'event', 'actor_user_id', 'subject_user_id', 'ip', 'details']);
  if (input.event) select = select.where('event', '=', input.event);
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, ['string', 'string'] as const);
    select = select.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
  }
  const rows = await select.orderBy('at', 'desc').orderBy('id', 'desc').limit(input.limit + 1).execute();
  const items: AuditEvent[] = rows.slice(0, input.limit).map((row) => ({
    id: row.id,
    at: row.at,
    event: row.event,
    actorUserId: row.actor_user_id,
    subjectUserId: row.subject_user_id,
    ip: row.ip,
    details: JSON.parse(row.details) as AuditEvent['details'],
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor([last.at, last.id]) : null };
}
