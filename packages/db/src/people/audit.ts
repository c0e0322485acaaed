import { type AuditEvent, AuditEventSchema, type Page } from '@gorod/domain';
import type { Db } from '../create-db.js';
import { parseJsonColumn } from '../json-column.js';
import { paginate } from '../paginate.js';

export async function insertAuditEvent(db: Db, event: Omit<AuditEvent, 'actorName' | 'subjectName'>): Promise<void> {
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

/** Newest first, with the actor's and subject's names as they are now. */
export async function listAuditEvents(db: Db, input: { limit: number; cursor?: string | undefined; event?: string | undefined }): Promise<Page<AuditEvent>> {
  let select = db
    .selectFrom('audit_events as e')
    .leftJoin('users as actor', 'actor.id', 'e.actor_user_id')
    .leftJoin('users as subject', 'subject.id', 'e.subject_user_id')
    .select(['e.id', 'e.at', 'e.event', 'e.actor_user_id', 'actor.name as actor_name', 'e.subject_user_id', 'subject.name as subject_name', 'e.ip', 'e.details']);
  if (input.event) select = select.where('e.event', '=', input.event);
  return paginate(
    select,
    input,
    [
      { column: 'e.at', direction: 'desc', kind: 'string', value: (row) => row.at },
      { column: 'e.id', direction: 'desc', kind: 'string', value: (row) => row.id },
    ],
    (rows) =>
      rows.map(
        (row): AuditEvent => ({
          id: row.id,
          at: row.at,
          event: AuditEventSchema.shape.event.parse(row.event),
          actorUserId: row.actor_user_id,
          actorName: row.actor_name,
          subjectUserId: row.subject_user_id,
          subjectName: row.subject_name,
          ip: row.ip,
          details: parseJsonColumn(AuditEventSchema.shape.details, row.details),
        }),
      ),
  );
}
