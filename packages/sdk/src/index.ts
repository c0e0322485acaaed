/**
 * @gorod/sdk — the domain of Gorod (cities, forum editions, delegations, people: zod schemas, types and
 * pure rules) and a typed client of its API.
 *
 * Every public name is listed here on purpose; the rules only the server runs (access decisions, CSV
 * import, zod-to-error conversion, pagination fields) stay inside. `api/public-names.txt` is the
 * reviewed list of this surface: a test fails when the built package differs from it.
 */

// The client and its failures.
export type { AppRouter, GorodErrorData } from '@gorod/server';
export { TRPCClientError } from '@trpc/client';
export { apiUrlOf, createGorodClient, type GorodClient, type GorodClientOptions } from './client.js';
export { toGorodError } from './errors.js';

// The wire contract: where the API answers, how a signed-in browser proves a change is its own, and
// the one shape of every failure.
export { apiPath, csrfCookieIn, csrfCookieName, csrfHeaderName } from '@gorod/domain';
export {
  type ErrorBody,
  type ErrorCode,
  errorI18nKey,
  errorStatus,
  GorodError,
  type Issue,
  issue,
  issuesFromZod,
} from '@gorod/domain';

// Languages and names given in each of them.
export { type Locale, LocaleSchema, type LocalizedName, LocalizedNameSchema, locales, localizedName } from '@gorod/domain';

// Cities and regions: the directory, and the local time of a place.
export {
  type City,
  type CityGetInput,
  CityGetInputSchema,
  CityIdSchema,
  type CityListInput,
  CityListInputSchema,
  type CityPage,
  CitySchema,
  type Coordinates,
  CoordinatesSchema,
  CountryCodeSchema,
  cityLocalTime,
  type FederalDistrict,
  FederalDistrictSchema,
  federalDistricts,
  type Region,
  RegionIdSchema,
  RegionSchema,
  TimeZoneSchema,
  utcOffsetMinutes,
} from '@gorod/domain';

// The forum: its editions and the delegations of partner cities.
export {
  CalendarDateSchema,
  calendarDateIn,
  canAssignDelegation,
  canSeeDelegations,
  type Delegation,
  type DelegationDirectoryEntry,
  DelegationDirectoryEntrySchema,
  type DelegationDirectoryInput,
  DelegationDirectoryInputSchema,
  type DelegationDirectoryPage,
  type DelegationListInput,
  DelegationListInputSchema,
  DelegationSchema,
  daysUntilStart,
  EditionIdSchema,
  type EditionPhase,
  editionDayNumber,
  editionDays,
  editionPhase,
  type ForumEdition,
  ForumEditionSchema,
  noonOn,
  type PartnerCity,
  PartnerCitySchema,
  type PartnerListInput,
  PartnerListInputSchema,
  type SetDelegationInput,
  SetDelegationInputSchema,
} from '@gorod/domain';

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

// The forum program: sessions, rooms, tracks and speakers; registration, the agenda, check-in and
// feedback; and the pure rules a client runs as the server does (conflicts as an editor types, filters,
// agenda overlaps, seats left).
export {
  type AgendaOverlap,
  type CheckInInput,
  CheckInInputSchema,
  canCancelRegistration,
  canEditProgram,
  canReadFeedbackSummary,
  canSeeRegistration,
  effectiveCapacity,
  type Feedback,
  type FeedbackInput,
  FeedbackInputSchema,
  FeedbackSchema,
  findAgendaOverlaps,
  findProgramConflicts,
  InstantSchema,
  type Interpretation,
  InterpretationSchema,
  type LocalizedText,
  LocalizedTextSchema,
  matchesProgramFilters,
  type ProgramConflict,
  type ProgramFilters,
  ProgramFiltersSchema,
  type ProgramId,
  type ProgramIdInput,
  ProgramIdInputSchema,
  ProgramIdSchema,
  type RatingDistribution,
  RatingSchema,
  RegisterInputSchema,
  type Registration,
  type RegistrationMode,
  RegistrationModeSchema,
  type RegistrationOutcome,
  RegistrationSchema,
  type RegistrationStatus,
  RegistrationStatusSchema,
  type RegistrationWithTicket,
  type Room,
  type RoomCreateInput,
  RoomCreateInputSchema,
  RoomSchema,
  type RoomUpdateInput,
  RoomUpdateInputSchema,
  ratingDistribution,
  type Session,
  type SessionCreateInput,
  SessionCreateInputSchema,
  type SessionIdInput,
  SessionIdInputSchema,
  type SessionKind,
  SessionKindSchema,
  SessionSchema,
  type SessionStatus,
  SessionStatusSchema,
  type SessionUpdateInput,
  SessionUpdateInputSchema,
  type Speaker,
  type SpeakerCreateInput,
  SpeakerCreateInputSchema,
  SpeakerSchema,
  type SpeakerUpdateInput,
  SpeakerUpdateInputSchema,
  type Star,
  StarInputSchema,
  StarSchema,
  seatsLeft,
  sessionDay,
  sessionKinds,
  sessionStatuses,
  spansOverlap,
  type TicketCode,
  TicketCodeSchema,
  type TimedItem,
  type Track,
  type TrackCreateInput,
  TrackCreateInputSchema,
  TrackSchema,
  type TrackUpdateInput,
  TrackUpdateInputSchema,
} from '@gorod/domain';
