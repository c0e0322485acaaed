import { type Db, insertAuditEvent } from '@gorod/db';
import { v7 as uuidv7 } from 'uuid';
import type { RequestServices } from '../context.js';

/** The security-relevant events organizers can read in the audit log. */
export const auditEvents = [
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.signed_out_everywhere',
  'auth.password_reset',
  'people.invited',
  'people.invitation_accepted',
  'people.roles_changed',
  'people.deactivated',
  'people.reactivated',
  'tokens.created',
  'tokens.revoked',
] as const;
export type AuditEventName = (typeof auditEvents)[number];

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
