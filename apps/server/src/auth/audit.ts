import { type Db, insertAuditEvent } from '@gorod/db';
import type { AuditEventName } from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';
import type { RequestServices } from '../context.js';

export async function audit(
  db: Db,
  services: Pick<RequestServices, 'now'> & { http?: Pick<RequestServices['http'], 'ip'> },
  event: AuditEventName,
  who: { actorUserId?: string | null; subjectUserId?: string | null },
  details: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  await insertAuditEvent(db, {
    id: uuidv7(),
    at: services.now().toISOString(),
    event,
    actorUserId: who.actorUserId ?? null,
    subjectUserId: who.subjectUserId ?? null,
    ip: services.http?.ip ?? null,
    details,
  });
}
