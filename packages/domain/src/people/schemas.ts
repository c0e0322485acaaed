import { z } from 'zod';
import { CityIdSchema, TimeZoneSchema } from '../cities/schemas.js';
import { LocaleSchema } from '../locale.js';
import { pageInputFields } from '../pagination.js';
import { codedIssue, isPlainText, text } from '../text.js';
import { auditEventNames } from './audit-events.js';
import { EmailSchema } from './email.js';

export { EmailSchema, emailPattern } from './email.js';

export const roles = ['learner', 'instructor', 'organizer'] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

export const UserIdSchema = text({ min: 1, max: 64 });

// Passwords are hashed as typed (not normalised or trimmed), so a hash made before this rule still matches.
const passwordText = (min: number) => text({ min, max: 256, normalize: false, trim: false });

/** Long enough to resist guessing, short enough for the hash to stay cheap to refuse. */
export const PasswordSchema = passwordText(10);
/** A password being checked (sign-in, the current one): any length the rule ever allowed. */
const GivenPasswordSchema = passwordText(1);

export const PersonNameSchema = text({ min: 1, max: 200 });
export const PositionSchema = text({ max: 200 });

/** Where a person stands: `invited` until they accept (choose a password), `deactivated` by an organizer. */
export const userStatuses = ['invited', 'active', 'deactivated'] as const;
export const UserStatusSchema = z.enum(userStatuses);
export type UserStatus = z.infer<typeof UserStatusSchema>;

/** A person as the API shows them. */
export const UserSchema = z.strictObject({
  id: UserIdSchema,
  name: PersonNameSchema,
  email: z.string(),
  cityId: CityIdSchema.nullable(),
  position: z.string(),
  locale: LocaleSchema,
  timeZone: TimeZoneSchema,
  roles: z.array(RoleSchema),
  /** `invited` until they accept their invitation (choose a password); `deactivated` by an organizer. */
  status: z.enum(['invited', 'active', 'deactivated']),
  deactivatedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const SignInInputSchema = z.strictObject({ email: EmailSchema, password: GivenPasswordSchema });
export type SignInInput = z.input<typeof SignInInputSchema>;

export const ProfileUpdateInputSchema = z.strictObject({
  name: PersonNameSchema.optional(),
  cityId: CityIdSchema.nullable().optional(),
  position: PositionSchema.optional(),
  locale: LocaleSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
});
export type ProfileUpdateInput = z.input<typeof ProfileUpdateInputSchema>;

export const InviteInputSchema = z.strictObject({
  email: EmailSchema,
  name: PersonNameSchema,
  cityId: CityIdSchema.nullable().default(null),
  position: PositionSchema.default(''),
  locale: LocaleSchema.default('ru'),
  roles: z.array(RoleSchema).min(1).max(3).default(['learner']),
});
export type InviteInput = z.input<typeof InviteInputSchema>;

/** A single-use secret from a link (invitation or password reset). */
export const LinkTokenSchema = text({ min: 20, max: 200 });

export const AcceptInvitationInputSchema = z.strictObject({ token: LinkTokenSchema, password: PasswordSchema });
export const PasswordResetRequestInputSchema = z.strictObject({ email: EmailSchema });
export const PasswordResetInputSchema = z.strictObject({ token: LinkTokenSchema, password: PasswordSchema });
export const PasswordChangeInputSchema = z.strictObject({ currentPassword: GivenPasswordSchema, newPassword: PasswordSchema });

export const UserListInputSchema = z.strictObject({
  search: text({ max: 100 }).optional(),
  role: RoleSchema.optional(),
  includeDeactivated: z.boolean().default(false),
  /** Only people in this status; when given it decides alone (`deactivated` needs no `includeDeactivated`). */
  status: UserStatusSchema.optional(),
  ...pageInputFields(100),
});
export type UserListInput = z.input<typeof UserListInputSchema>;

/** Resends to every invited person who has not accepted and is not deactivated; no options yet. */
export const ResendInvitationsInputSchema = z.strictObject({});

export const SetRolesInputSchema = z.strictObject({ userId: UserIdSchema, roles: z.array(RoleSchema).max(3) });
export const UserIdInputSchema = z.strictObject({ userId: UserIdSchema });

/** A security-relevant event in the audit log. */
export const AuditEventSchema = z.strictObject({
  id: z.string(),
  at: z.string(),
  event: z.enum(auditEventNames),
  actorUserId: z.string().nullable(),
  /** The actor's name now (null for an unknown email or a removed person). */
  actorName: z.string().nullable(),
  subjectUserId: z.string().nullable(),
  subjectName: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditListInputSchema = z.strictObject({
  event: z.enum(auditEventNames).optional(),
  ...pageInputFields(200),
});

/** What a mailed message is; `other` for mail queued before kinds were recorded. */
export const MailKindSchema = z.enum(['invitation', 'password_reset', 'other']);
export type MailKind = z.infer<typeof MailKindSchema>;

/**
 * A message in the outbox as organizers see it: who, what kind, and whether it went out — never its text,
 * which may hold someone's single-use link.
 */
export const OutboxMailSchema = z.strictObject({
  id: z.string(),
  to: z.string(),
  kind: MailKindSchema,
  subject: z.string(),
  createdAt: z.string(),
  /** When it was delivered (SMTP, or printed by a development server); null while waiting. */
  sentAt: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
});
export type OutboxMail = z.infer<typeof OutboxMailSchema>;

export const OutboxListInputSchema = z.strictObject({
  to: text({ max: 254 }).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const ImportParticipantsInputSchema = z.strictObject({
  /**
   * The file's text: UTF-8 CSV with a header row. Text that is not (a PNG, a spreadsheet, another
   * encoding read as UTF-8) is refused whole with one `not_csv` issue rather than a parse error per line.
   */
  csv: z
    .string()
    .min(1)
    .max(2_000_000)
    .refine(isPlainText, codedIssue('not_csv', 'This file is not a CSV text file: save it as CSV (UTF-8) and try again')),
  importGoodRows: z.boolean().default(false),
});
