import { type Db, insertLinkToken, insertUser, revokeLinkTokens } from '@gorod/db';
import { GorodError, type InviteInputSchema, issue, type Locale } from '@gorod/domain';
import type { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import { audit } from '../auth/audit.js';
import { queueMail } from '../mail/outbox.js';
import { invitationMail } from '../mail/templates.js';
import { authPolicy } from '../auth/policy.js';
import type { RequestMeta } from '../context.js';
import { newSecret, sha256 } from '../auth/secrets.js';

export interface InviteContext {
  db: Db;
  now: () => Date;
  /** Where the invitation link points: `<baseUrl>/invitation/<secret>`. */
  baseUrl: string;
  invitedBy: string | null;
  /** The organizer's request, when invited through the API (not the CLI). */
  request?: RequestMeta;
}

/** A validated invitation, with the time zone of the person's city (the forum's when they have none). */
export type Invitation = z.output<typeof InviteInputSchema> & { timeZone: string };

/** Sends a single-use invitation link to `userId` (a new one replaces any unused one); never to a deactivated person. */
export async function sendInvitationLink(
  ctx: InviteContext,
  user: { id: string; email: string; name: string; locale: Locale; deactivatedAt?: string | null },
) {
  if (user.deactivatedAt) {
    throw new GorodError('CONFLICT', 'This person is deactivated; reactivate them before inviting them again', [
      issue(['userId'], 'deactivated', 'This person is deactivated'),
    ]);
  }
  const now = ctx.now();
  const secret = newSecret();
  await revokeLinkTokens(ctx.db, user.id, 'invitation', now.toISOString());
  await insertLinkToken(ctx.db, {
    idHash: sha256(secret),
    kind: 'invitation',
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + authPolicy.invitationMs).toISOString(),
  });
  await queueMail(ctx.db, now, {
    to: user.email,
    kind: 'invitation',
    ...invitationMail(user.locale, user.name),
    link: `${ctx.baseUrl}/invitation/${secret}`,
  });
}

/**
 * Creates the invited person (without a password until they accept) and mails them the link.
 * The caller checks that the email is free and the city exists, inside the same transaction.
 */
export async function invitePerson(ctx: InviteContext, person: Invitation): Promise<string> {
  const id = uuidv7();
  await insertUser(ctx.db, { id, ...person, passwordHash: null, createdAt: ctx.now().toISOString() });
  await sendInvitationLink(ctx, { id, email: person.email, name: person.name, locale: person.locale });
  await audit(ctx.db, { now: ctx.now, ...(ctx.request ? { request: ctx.request } : {}) }, 'people.invited', {
    actorUserId: ctx.invitedBy,
    subjectUserId: id,
  }, { roles: person.roles.join(',') });
  return id;
}
