import {
  clearSignInFailures,
  consumeLinkToken,
  deleteOtherSessions,
  deleteSession,
  deleteUserSessions,
  findCredentials,
  findLinkTokenUser,
  findUser,
  insertLinkToken,
  lockedUntil,
  recordSignInFailure,
  updateUser,
} from '@gorod/db';
import {
  AcceptInvitationInputSchema,
  GorodError,
  issue,
  PasswordChangeInputSchema,
  PasswordResetInputSchema,
  PasswordResetRequestInputSchema,
  SignInInputSchema,
  type User,
} from '@gorod/domain';
import { z } from 'zod';
import { audit } from '../auth/audit.js';
import { queueMail } from '../mail/outbox.js';
import { passwordResetMail } from '../mail/templates.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { authPolicy } from '../auth/policy.js';
import { newSecret, sha256 } from '../auth/secrets.js';
import { endSession, sessionIdHashOf, startSession } from '../auth/sessions.js';
import type { RequestServices } from '../context.js';
import { publicProcedure, router, signedInProcedure } from '../trpc.js';

const wrongCredentials = () => new GorodError('UNAUTHENTICATED', 'The email or the password is wrong');
const invalidLink = () =>
  new GorodError('NOT_FOUND', 'This link has expired or has already been used; ask for a new one', [
    { path: ['token'], code: 'invalid_link', message: 'This link has expired or has already been used', i18nKey: 'errors.issue.invalid_link' },
  ]);

async function userOrFail(services: RequestServices, id: string): Promise<User> {
  const user = await findUser(services.db, id);
  if (!user) throw new GorodError('NOT_FOUND', 'No such user');
  return user;
}

/** Refuses with 429 and a retry time while the account or the address is locked. */
async function assertNotThrottled(services: RequestServices, keys: string[]): Promise<void> {
  const now = services.now();
  for (const key of keys) {
    const until = await lockedUntil(services.db, key, now);
    if (until) {
      const retryAfterSeconds = Math.ceil((until.getTime() - now.getTime()) / 1000);
      services.http.setHeader('retry-after', String(retryAfterSeconds));
      throw new GorodError('TOO_MANY_REQUESTS', `Too many failed attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} min`, [], {
        retryAfterSeconds,
      });
    }
  }
}

export const authRouter = router({
  /** Signs in with email and password and sets the session cookie. Public; throttled per account and per address. */
  signIn: publicProcedure.input(SignInInputSchema).mutation(async ({ ctx, input }): Promise<User> => {
    const accountKey = `account:${input.email}`;
    const addressKey = `address:${ctx.http.ip}`;
    await assertNotThrottled(ctx, [accountKey, addressKey]);
    const credentials = await findCredentials(ctx.db, input.email);
    const passwordOk = await verifyPassword(credentials?.password_hash, input.password);
    if (!credentials || !passwordOk || credentials.deactivated_at) {
      await ctx.db.transaction().execute(async (trx) => {
        await recordSignInFailure(trx, accountKey, ctx.now(), authPolicy.accountThrottle);
        await recordSignInFailure(trx, addressKey, ctx.now(), authPolicy.addressThrottle);
        await audit(trx, ctx, 'auth.sign_in_failed', { subjectUserId: credentials?.id ?? null }, { email: input.email });
      });
      throw wrongCredentials();
    }
    return ctx.db.transaction().execute(async (trx) => {
      const services = { ...ctx, db: trx };
      await clearSignInFailures(trx, accountKey);
      // A session id from before sign-in (perhaps planted) is dropped; the new one replaces its cookie.
      const previous = sessionIdHashOf(services);
      if (previous) await deleteSession(trx, previous);
      await startSession(services, credentials.id);
      await audit(trx, ctx, 'auth.signed_in', { actorUserId: credentials.id, subjectUserId: credentials.id });
      return userOrFail(services, credentials.id);
    });
  }),

  /**
   * Ends this browser session. Public: signing out always works, even with an expired session; a live
   * session must echo its CSRF header (publicProcedure), so no other site can sign anyone out.
   */
  signOut: publicProcedure.mutation(async ({ ctx }): Promise<{ ok: true }> => {
    await endSession(ctx, sessionIdHashOf(ctx));
    return { ok: true };
  }),

  /** Ends every session of the signed-in user, on every device. */
  signOutEverywhere: signedInProcedure().mutation(async ({ ctx }): Promise<{ sessionsEnded: number }> =>
    ctx.db.transaction().execute(async (trx) => {
      const sessionsEnded = await deleteUserSessions(trx, ctx.actor.userId);
      await audit(trx, ctx, 'auth.signed_out_everywhere', { actorUserId: ctx.actor.userId, subjectUserId: ctx.actor.userId });
      await endSession({ ...ctx, db: trx }, undefined);
      return { sessionsEnded };
    }),
  ),

  /** The signed-in user. An API token needs the scope profile:read. */
  me: signedInProcedure('profile:read').query(({ ctx }): Promise<User> => userOrFail(ctx, ctx.actor.userId)),

  /** Mails a single-use reset link if the email belongs to an active account; answers the same either way. */
  requestPasswordReset: publicProcedure.input(PasswordResetRequestInputSchema).mutation(async ({ ctx, input }): Promise<{ ok: true }> => {
    // Counted per email whether or not it exists, so the limit says nothing about who has an account.
    const resetKey = `reset:${input.email}`;
    await assertNotThrottled(ctx, [`address:${ctx.http.ip}`, resetKey]);
    await recordSignInFailure(ctx.db, resetKey, ctx.now(), authPolicy.resetThrottle);
    const credentials = await findCredentials(ctx.db, input.email);
    if (credentials?.password_hash && !credentials.deactivated_at) {
      const user = await userOrFail(ctx, credentials.id);
      const secret = newSecret();
      const now = ctx.now();
      await ctx.db.transaction().execute(async (trx) => {
        await insertLinkToken(trx, {
          idHash: sha256(secret),
          kind: 'password_reset',
          userId: user.id,
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + authPolicy.passwordResetMs).toISOString(),
        });
        const link = `${ctx.publicUrl ?? ctx.http.origin}/reset-password/${secret}`;
        await queueMail(trx, now, { to: user.email, ...passwordResetMail(user.locale, user.name, link) });
      });
    }
    return { ok: true };
  }),

  /** Sets a new password from a reset link (once), and signs the user out everywhere else. */
  resetPassword: publicProcedure.input(PasswordResetInputSchema).mutation(async ({ ctx, input }): Promise<{ ok: true }> => {
    const passwordHash = await hashPassword(input.password);
    await ctx.db.transaction().execute(async (trx) => {
      const userId = await consumeLinkToken(trx, sha256(input.token), 'password_reset', ctx.now().toISOString());
      if (!userId) throw invalidLink();
      await updateUser(trx, userId, { passwordHash });
      await deleteUserSessions(trx, userId);
      await audit(trx, ctx, 'auth.password_reset', { actorUserId: userId, subjectUserId: userId });
    });
    return { ok: true };
  }),

  /** Changes the signed-in user's password, given the current one; their other sessions end. Browser session only. */
  changePassword: signedInProcedure()
    .input(PasswordChangeInputSchema)
    .mutation(async ({ ctx, input }): Promise<{ otherSessionsEnded: number }> => {
      // Declared without a token scope, so only a browser session gets here.
      if (ctx.actor.kind !== 'session') throw new GorodError('FORBIDDEN', 'Only a browser session may change the password');
      const { sessionIdHash } = ctx.actor;
      const user = await userOrFail(ctx, ctx.actor.userId);
      const accountKey = `account:${user.email}`;
      await assertNotThrottled(ctx, [accountKey]);
      const credentials = await findCredentials(ctx.db, user.email);
      if (!(await verifyPassword(credentials?.password_hash, input.currentPassword))) {
        // Guessing the current password here is throttled like signing in.
        await recordSignInFailure(ctx.db, accountKey, ctx.now(), authPolicy.accountThrottle);
        throw new GorodError('INVALID_INPUT', 'The current password is wrong', [
          issue(['currentPassword'], 'wrong_password', 'The current password is wrong'),
        ]);
      }
      const passwordHash = await hashPassword(input.newPassword);
      return ctx.db.transaction().execute(async (trx) => {
        await updateUser(trx, user.id, { passwordHash });
        const otherSessionsEnded = await deleteOtherSessions(trx, user.id, sessionIdHash);
        await audit(trx, ctx, 'auth.password_changed', { actorUserId: user.id, subjectUserId: user.id });
        return { otherSessionsEnded };
      });
    }),

  /** Who an invitation link is for, so the page can greet them before they choose a password. Public. */
  invitation: publicProcedure
    .input(z.strictObject({ token: AcceptInvitationInputSchema.shape.token }))
    .query(async ({ ctx, input }): Promise<{ name: string; email: string }> => {
      const row = await findLinkTokenUser(ctx.db, sha256(input.token), 'invitation', ctx.now().toISOString());
      if (!row) throw invalidLink();
      return { name: row.name, email: row.email };
    }),

  /** Accepts an invitation (once): sets the password and signs the person in. */
  acceptInvitation: publicProcedure.input(AcceptInvitationInputSchema).mutation(async ({ ctx, input }): Promise<User> => {
    const passwordHash = await hashPassword(input.password);
    return ctx.db.transaction().execute(async (trx) => {
      const services = { ...ctx, db: trx };
      const userId = await consumeLinkToken(trx, sha256(input.token), 'invitation', ctx.now().toISOString());
      if (!userId) throw invalidLink();
      await updateUser(trx, userId, { passwordHash });
      await startSession(services, userId);
      await audit(trx, ctx, 'people.invitation_accepted', { actorUserId: userId, subjectUserId: userId });
      return userOrFail(services, userId);
    });
  }),
});
