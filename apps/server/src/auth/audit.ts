import { type Db, insertAuditEvent } from '@gorod/db';
import type { AuditEventName } from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';
import type { RequestMeta } from '../context.js';

/** What the audit writer needs of its caller: the clock and the request's meta (absent for the CLI). */
export interface AuditContext {
  now: () => Date;
  request?: RequestMeta;
}

/**
 * Records a security-relevant event. The actor is the request's authenticated caller unless `who` names
 * one (a public procedure that has just identified them, like signing in); the address is the request's.
 */
export async function audit(
  db: Db,
  ctx: AuditContext,
  event: AuditEventName,
  who: { actorUserId?: string | null; subjectUserId?: string | null },
  details: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  await insertAuditEvent(db, {
    id: uuidv7(),
    at: ctx.now().toISOString(),
    event,
    actorUserId: who.actorUserId !== undefined ? who.actorUserId : (ctx.request?.actorUserId ?? null),
    subjectUserId: who.subjectUserId ?? null,
    ip: ctx.request?.ip ?? null,
    details,
  });
}
