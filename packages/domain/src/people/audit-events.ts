/** The security-relevant events the audit log records. */
export const auditEventNames = [
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.signed_out_everywhere',
  'auth.session_ended',
  'auth.password_reset',
  'auth.password_changed',
  'people.invited',
  'people.invitations_resent',
  'people.invitation_accepted',
  'people.roles_changed',
  'people.deactivated',
  'people.reactivated',
  'people.unlocked',
  'people.delegation_changed',
  'tokens.created',
  'tokens.revoked',
] as const;
export type AuditEventName = (typeof auditEventNames)[number];
