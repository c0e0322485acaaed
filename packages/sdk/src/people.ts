/**
 * @gorod/sdk/people — people and access: accounts, roles, invitations, API tokens, sign-in sessions, and who may do what.
 *
 * Also exported by '@gorod/sdk'; import from here when you need only these.
 */

// People: accounts, roles, invitations, the audit log and the mail outbox.
export {
  AcceptInvitationInputSchema,
  type AuditEvent,
  type AuditEventName,
  AuditEventSchema,
  AuditListInputSchema,
  auditEventNames,
  EmailSchema,
  ImportParticipantsInputSchema,
  type InviteInput,
  InviteInputSchema,
  LinkTokenSchema,
  type OutboxMail,
  OutboxListInputSchema,
  OutboxMailSchema,
  PasswordChangeInputSchema,
  PasswordResetInputSchema,
  PasswordResetRequestInputSchema,
  PasswordSchema,
  PersonNameSchema,
  PositionSchema,
  type ProfileUpdateInput,
  ProfileUpdateInputSchema,
  participantColumns,
  ResendInvitationsInputSchema,
  type Role,
  RoleSchema,
  roles,
  SetRolesInputSchema,
  type SignInInput,
  SignInInputSchema,
  type User,
  UserIdInputSchema,
  UserIdSchema,
  type UserListInput,
  UserListInputSchema,
  UserSchema,
  type UserStatus,
  UserStatusSchema,
  userStatuses,
} from '@gorod/domain';

// API tokens: what a token may do, and the token records a user manages.
export {
  type ApiToken,
  type ApiTokenCreateInput,
  ApiTokenCreateInputSchema,
  ApiTokenRevokeInputSchema,
  ApiTokenSchema,
  type TokenScope,
  TokenScopeSchema,
  tokenScopes,
} from '@gorod/domain';

// Who may do what: the rules the server decides by, for a client to show only the controls a person may use.
export {
  canEndSession,
  canManagePeople,
  canManagePerson,
  canReadAudit,
  canReadOutbox,
  canRevokeToken,
  canSeePerson,
  canSeeSession,
  canSeeToken,
  type PermissionActor,
} from '@gorod/domain';

// Sign-in sessions: a person's browsers, which they may see and end; and the one shape of a paged list.
export { type EndSessionInput, EndSessionInputSchema, type Page, type SignInSession, SignInSessionSchema } from '@gorod/domain';
