import {
  clearSignInFailures,
  consumeLinkToken,
  deleteOtherSessions,
  deleteSession,
  deleteUserSessions,
  findCredentials,
  findLinkTokenUser,
  findUser,
  listUserSessions,
  insertLinkToken,
  lockedUntil,
  recordSignInFailure,
  revokeLinkTokens,
  updateUser,
} from '@gorod/db';
import {
  AcceptInvitationInputSchema,
  GorodError,
  issue,
  type Locale,
  notFound,
  PasswordChangeInputSchema,
  PasswordResetInputSchema,
  PasswordResetRequestInputSchema,
  SignInInputSchema,
  type SignInSession,
  type User,
} from '@gorod/domain';
import { z } from 'zod';
import { audit } from '../auth/audit.js';
import { queueMail } from '../mail/outbox.js';
import { passwordResetMail } from '../mail/templates.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { trustedDeviceOf, trustThisDevice } from '../auth/device-cookie.js';
import { authPolicy } from '../auth/policy.js';
import { accountKey, addressKey, attemptsLeftDetails, deviceKey, reservePasswordCheck, verifyWithin } from '../auth/throttle.js';
import { newSecret, sha256 } from '../auth/secrets.js';
import { endSession, sessionIdHashOf, startSession } from '../auth/sessions.js';
import type { RequestServices } from '../context.js';
import { sessionProcedure } from '../procedures/people.js';
import { commitThenThrow, publicProcedure, router, signedInProcedure } from '../trpc.js';

const wrongCredentials = (details?: { attemptsLeft: number }) =>
  new GorodError('UNAUTHENTICATED', 'The email or the password is wrong', [], details);
const invalidLink = () =>
  new GorodError('NOT_FOUND', 'This link has expired or has already been used; ask for a new one', [
    { path: ['token'], code: 'invalid_link', message: 'This link has expired or has already been used', i18nKey: 'errors.issue.invalid_link' },
  ]);

const samePassword = (path: string) =>
  new GorodError('INVALID_INPUT', 'The new password is the same as the current one', [
    issue([path], 'same_password', 'Choose a password different from the current one'),
  ]);

/**
 * The person a link is for, if it is unused, unexpired and theirs is not deactivated — read before any
 * password is hashed, so a made-up token costs one indexed lookup and no argon2 work.
 */
async function linkHolderOrFail(services: RequestServices, token: string, kind: 'invitation' | 'password_reset') {
  const holder = await findLinkTokenUser(services.db, sha256(token), kind, services.now().toISOString());
  if (!holder) throw invalidLink();
  return holder;
}

/** Uses the link inside the caller's transaction; a second use that raced the first finds it gone. */
async function consumeLinkOrFail(trx: RequestServices['db'], services: RequestServices, token: string, kind: 'invitation' | 'password_reset') {
  const userId = await consumeLinkToken(trx, sha256(token), kind, services.now().toISOString());
  if (!userId) throw invalidLink();
  return userId;
}

async function userOrFail(services: RequestServices, id: string): Promise<User> {
  const user = await findUser(services.db, id);
  if (!user) throw notFound('user');
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
  /**
   * Signs in with email and password and sets the session cookie. Public. Each password check is reserved
   * first (see auth/throttle.ts): on the account and the client address, or, from a browser that signed in
   * to this account before, on that browser's own budget only.
   */
  signIn: publicProcedure.input(SignInInputSchema).mutation(async ({ ctx, input }): Promise<User> => {
    const credentials = await findCredentials(ctx.db, input.email);
    const device = credentials ? await trustedDeviceOf(ctx, credentials.id) : undefined;
    const keys = device ? [deviceKey(device)] : [addressKey(ctx.http.ip), accountKey(input.email)];
    const check = await reservePasswordCheck(ctx, keys);
    const passwordOk = await verifyWithin(ctx, check, () => verifyPassword(credentials?.password_hash, input.password));
    if (!credentials || !passwordOk || credentials.deactivated_at) {
      await ctx.db.transaction().execute(async (trx) => {
        await check.failed(trx);
        await audit(trx, ctx, 'auth.sign_in_failed', { subjectUserId: credentials?.id ?? null }, { email: input.email });
      });
      throw wrongCredentials(attemptsLeftDetails(check));
    }
    return ctx.db.transaction().execute(async (trx) => {
      const services = { ...ctx, db: trx };
      await check.succeeded(trx);
      // From a trusted browser the account's lock was not consulted; its owner got in, so it ends too.
      if (device) await clearSignInFailures(trx, accountKey(input.email).key);
      await trustThisDevice(services, credentials.id, device);
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
  signOutEverywhere: signedInProcedure().mutation(async ({ ctx }): Promise<{ sessionsEnded: number }> => {
    const sessionsEnded = await deleteUserSessions(ctx.db, ctx.actor.userId);
    await audit(ctx.db, ctx, 'auth.signed_out_everywhere', { subjectUserId: ctx.actor.userId });
    await endSession(ctx, undefined);
    return { sessionsEnded };
  }),

  /** The signed-in person's sign-in sessions (their browsers), the current one marked. Browser session only. */
  sessions: signedInProcedure().query(async ({ ctx }): Promise<SignInSession[]> => {
    const current = ctx.actor.kind === 'session' ? ctx.actor.sessionIdHash : undefined;
    const sessions = await listUserSessions(ctx.db, ctx.actor.userId, ctx.now().toISOString());
    return sessions.map((session) => ({ ...session, current: session.id === current }));
  }),

  /** Ends one of the signed-in person's sessions (a lost phone); ending the current one signs out here. */
  endSession: sessionProcedure.mutation(async ({ ctx }): Promise<{ ok: true }> => {
    const current = ctx.actor.kind === 'session' && ctx.actor.sessionIdHash === ctx.session.id;
    if (current) await endSession(ctx, ctx.session.id);
    else await deleteSession(ctx.db, ctx.session.id);
    await audit(ctx.db, ctx, 'auth.session_ended', { subjectUserId: ctx.session.userId });
    return { ok: true };
  }),

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
        // Only the newest reset link works.
        await revokeLinkTokens(trx, user.id, 'password_reset', now.toISOString());
        await insertLinkToken(trx, {
          idHash: sha256(secret),
          kind: 'password_reset',
          userId: user.id,
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + authPolicy.passwordResetMs).toISOString(),
        });
        // From configuration only: a forged Host or X-Forwarded-Host must not point the link elsewhere.
        const link = `${ctx.publicUrl}/reset-password/${secret}`;
        await queueMail(trx, now, { to: user.email, kind: 'password_reset', ...passwordResetMail(user.locale, user.name), link });
      });
    }
    return { ok: true };
  }),

  /**
   * Sets a new password from a reset link (once), and signs the user out everywhere else. The link is
   * checked before any hashing, and used in the transaction that writes the password.
   */
  resetPassword: publicProcedure.input(PasswordResetInputSchema).mutation(async ({ ctx, input }): Promise<{ ok: true }> => {
    const holder = await linkHolderOrFail(ctx, input.token, 'password_reset');
    if (holder.password_hash && (await verifyPassword(holder.password_hash, input.password))) throw samePassword('password');
    const passwordHash = await hashPassword(input.password);
    await ctx.db.transaction().execute(async (trx) => {
      const userId = await consumeLinkOrFail(trx, ctx, input.token, 'password_reset');
      await updateUser(trx, userId, { passwordHash });
      await revokeLinkTokens(trx, userId, 'password_reset', ctx.now().toISOString());
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
      // Guessing the current password here is throttled like signing in, with the same reservation.
      const device = await trustedDeviceOf(ctx, user.id);
      const check = await reservePasswordCheck(ctx, [device ? deviceKey(device) : accountKey(user.email)]);
      const credentials = await findCredentials(ctx.db, user.email);
      if (!(await verifyWithin(ctx, check, () => verifyPassword(credentials?.password_hash, input.currentPassword)))) {
        await check.failed(ctx.db);
        // The failed check must stay counted though the answer is an error: commit, then answer.
        throw commitThenThrow(
          new GorodError(
            'INVALID_INPUT',
            'The current password is wrong',
            [issue(['currentPassword'], 'wrong_password', 'The current password is wrong')],
            attemptsLeftDetails(check),
          ),
        );
      }
      await check.succeeded(ctx.db);
      if (input.newPassword === input.currentPassword) throw commitThenThrow(samePassword('newPassword'));
      const passwordHash = await hashPassword(input.newPassword);
      await updateUser(ctx.db, user.id, { passwordHash });
      await revokeLinkTokens(ctx.db, user.id, 'password_reset', ctx.now().toISOString());
      const otherSessionsEnded = await deleteOtherSessions(ctx.db, user.id, sessionIdHash);
      await audit(ctx.db, ctx, 'auth.password_changed', { subjectUserId: user.id });
      return { otherSessionsEnded };
    }),

  /**
   * Who an invitation link is for, so the page can greet them — in their own language — before they
   * choose a password. Public; a deactivated person's link is not found.
   */
  invitation: publicProcedure
    .input(z.strictObject({ token: AcceptInvitationInputSchema.shape.token }))
    .query(async ({ ctx, input }): Promise<{ name: string; email: string; locale: Locale }> => {
      const holder = await linkHolderOrFail(ctx, input.token, 'invitation');
      const user = await userOrFail(ctx, holder.id);
      return { name: user.name, email: user.email, locale: user.locale };
    }),

  /**
   * Accepts an invitation (once): sets the password and signs the person in. The link is checked before
   * any hashing, and used in the transaction that writes the password.
   */
  acceptInvitation: publicProcedure.input(AcceptInvitationInputSchema).mutation(async ({ ctx, input }): Promise<User> => {
    await linkHolderOrFail(ctx, input.token, 'invitation');
    const passwordHash = await hashPassword(input.password);
    return ctx.db.transaction().execute(async (trx) => {
      const services = { ...ctx, db: trx };
      const userId = await consumeLinkOrFail(trx, ctx, input.token, 'invitation');
      await updateUser(trx, userId, { passwordHash });
      await startSession(services, userId);
      await audit(trx, ctx, 'people.invitation_accepted', { actorUserId: userId, subjectUserId: userId });
      return userOrFail(services, userId);
    });
  }),
});
