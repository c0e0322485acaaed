import {
  clearSignInFailuresOf,
  deleteUserSessions,
  emailTaken,
  emailTakenIssue,
  emailTakenMessage,
  findCity,
  findUser,
  hasPassword,
  lastAuditEventAt,
  listUsers,
  lockUser,
  locksInForce,
  pendingInvitees,
  setRoles,
  trustedDeviceHashes,
  updateUser,
} from '@gorod/db';
import {
  GorodError,
  ImportParticipantsInputSchema,
  InviteInputSchema,
  issue,
  ResendInvitationsInputSchema,
  SetRolesInputSchema,
  type User,
  UserIdInputSchema,
  UserListInputSchema,
} from '@gorod/domain';
import { audit } from '../auth/audit.js';
import { accountKey, deviceKey } from '../auth/throttle.js';
import type { RequestServices } from '../context.js';
import { type ImportReport, importParticipants } from '../people/import-participants.js';
import { invitePerson, sendInvitationLink } from '../people/invite.js';
import { roleProcedure, router } from '../trpc.js';

const organizer = roleProcedure(['organizer']);

/** How long after a bulk resend another is refused: a second click at the venue must not mail everyone twice. */
export const bulkResendPauseMs = 10 * 60_000;

const inviteContext = (ctx: RequestServices & { actor: { userId: string } }) => ({
  db: ctx.db,
  now: ctx.now,
  baseUrl: ctx.publicUrl,
  invitedBy: ctx.actor.userId,
  ip: ctx.http.ip,
});

async function existingUser(ctx: RequestServices, userId: string): Promise<User> {
  const user = await findUser(ctx.db, userId);
  if (!user) throw new GorodError('NOT_FOUND', 'No person with this id', [issue(['userId'], 'not_found', 'No person with this id')]);
  return user;
}

export const peopleRouter = router({
  /** Everyone, newest first, searched by name or email, with when a sign-in lock on them ends. Organizers only. */
  list: organizer.input(UserListInputSchema).query(async ({ ctx, input }) => {
    const page = await listUsers(ctx.db, input);
    const locks = await locksInForce(ctx.db, page.items.map((user) => accountKey(user.email).key), ctx.now());
    return {
      ...page,
      items: page.items.map((user) => ({ ...user, lockedUntil: locks.get(accountKey(user.email).key) ?? null })),
    };
  }),

  /**
   * Invites one person by email. Organizers only. Of two concurrent invitations of one email, one wins
   * and the other is the same `CONFLICT` at `email` as a late one (the insert maps the unique key).
   */
  invite: organizer.input(InviteInputSchema).mutation(({ ctx, input }): Promise<User> =>
    ctx.db.transaction().execute(async (trx) => {
      if (await emailTaken(trx, input.email)) throw new GorodError('CONFLICT', emailTakenMessage, [emailTakenIssue()]);
      const city = input.cityId ? await findCity(trx, input.cityId) : undefined;
      if (input.cityId && !city) {
        throw new GorodError('INVALID_INPUT', 'Some fields need attention', [issue(['cityId'], 'not_found', 'No city with this id')]);
      }
      const id = await invitePerson({ ...inviteContext(ctx), db: trx }, { ...input, timeZone: city?.timeZone ?? 'Asia/Yekaterinburg' });
      return existingUser({ ...ctx, db: trx }, id);
    }),
  ),

  /** Invites everyone in a participants CSV; reports every bad row by line and field. Organizers only. */
  importCsv: organizer.input(ImportParticipantsInputSchema).mutation(({ ctx, input }): Promise<ImportReport> =>
    importParticipants(inviteContext(ctx), input),
  ),

  /** Sends a fresh invitation link to someone who has not accepted yet. Organizers only. */
  resendInvitation: organizer.input(UserIdInputSchema).mutation(({ ctx, input }): Promise<{ ok: true }> =>
    ctx.db.transaction().execute(async (trx) => {
      const user = await existingUser({ ...ctx, db: trx }, input.userId);
      if (await hasPassword(trx, user.id)) {
        throw new GorodError('CONFLICT', 'This person has already accepted their invitation', [
          issue(['userId'], 'already_accepted', 'Already accepted; they can reset their password instead'),
        ]);
      }
      await sendInvitationLink({ ...inviteContext(ctx), db: trx }, user);
      return { ok: true };
    }),
  ),

  /**
   * Sends a fresh invitation link to everyone invited who has not accepted and is not deactivated, in one
   * transaction, audited once with the count. Refused with TOO_MANY_REQUESTS (and `retryAfterSeconds`)
   * within `bulkResendPauseMs` of the last bulk resend, by whichever organizer. Organizers only.
   */
  resendInvitations: organizer.input(ResendInvitationsInputSchema).mutation(({ ctx }): Promise<{ sent: number }> =>
    ctx.db.transaction().execute(async (trx) => {
      const now = ctx.now();
      // Locks the invitees first: a concurrent bulk resend waits here, then reads the one that went before.
      const invitees = await pendingInvitees(trx);
      const last = await lastAuditEventAt(trx, 'people.invitations_resent');
      const waitMs = last === undefined ? 0 : Date.parse(last) + bulkResendPauseMs - now.getTime();
      if (waitMs > 0) {
        ctx.http.setHeader('retry-after', String(Math.ceil(waitMs / 1000)));
        throw new GorodError('TOO_MANY_REQUESTS', 'Invitations were just resent to everyone; wait before resending again', [], {
          retryAfterSeconds: Math.ceil(waitMs / 1000),
        });
      }
      for (const user of invitees) await sendInvitationLink({ ...inviteContext(ctx), db: trx }, user);
      await audit(trx, ctx, 'people.invitations_resent', { actorUserId: ctx.actor.userId }, { sent: invitees.length });
      return { sent: invitees.length };
    }),
  ),

  /**
   * Replaces a person's roles. An organizer cannot drop their own organizer role. Organizers only.
   * Concurrent calls on one person take turns on the person's row: the last to commit wins whole.
   */
  setRoles: organizer.input(SetRolesInputSchema).mutation(({ ctx, input }): Promise<User> =>
    ctx.db.transaction().execute(async (trx) => {
      await lockUser(trx, input.userId);
      const before = await existingUser({ ...ctx, db: trx }, input.userId);
      if (input.userId === ctx.actor.userId && !input.roles.includes('organizer')) {
        throw new GorodError('CONFLICT', 'You cannot remove your own organizer role; ask another organizer', [
          issue(['roles'], 'own_organizer_role', 'Keep your own organizer role'),
        ]);
      }
      await setRoles(trx, input.userId, input.roles);
      await audit(trx, ctx, 'people.roles_changed', { actorUserId: ctx.actor.userId, subjectUserId: input.userId }, {
        from: before.roles.join(','),
        to: [...new Set(input.roles)].sort().join(','),
      });
      return existingUser({ ...ctx, db: trx }, input.userId);
    }),
  ),

  /** Deactivates a person: they are signed out and cannot sign in; their history stays. Organizers only. */
  deactivate: organizer.input(UserIdInputSchema).mutation(({ ctx, input }): Promise<User> =>
    ctx.db.transaction().execute(async (trx) => {
      await existingUser({ ...ctx, db: trx }, input.userId);
      if (input.userId === ctx.actor.userId) {
        throw new GorodError('CONFLICT', 'You cannot deactivate yourself', [issue(['userId'], 'self', 'You cannot deactivate yourself')]);
      }
      await updateUser(trx, input.userId, { deactivatedAt: ctx.now().toISOString() });
      await deleteUserSessions(trx, input.userId);
      await audit(trx, ctx, 'people.deactivated', { actorUserId: ctx.actor.userId, subjectUserId: input.userId });
      return existingUser({ ...ctx, db: trx }, input.userId);
    }),
  ),

  /**
   * Lifts the sign-in locks on a person's account and on their trusted browsers, for someone who cannot wait
   * (a stranger's guesses locked them out). Audited. Organizers only.
   */
  unlock: organizer.input(UserIdInputSchema).mutation(({ ctx, input }): Promise<{ ok: true }> =>
    ctx.db.transaction().execute(async (trx) => {
      const user = await existingUser({ ...ctx, db: trx }, input.userId);
      const devices = await trustedDeviceHashes(trx, user.id);
      const keys = [accountKey(user.email).key, ...devices.map((idHash) => deviceKey(idHash).key)];
      const lockedUntil = (await locksInForce(trx, keys, ctx.now())).get(accountKey(user.email).key) ?? null;
      await clearSignInFailuresOf(trx, keys);
      await audit(trx, ctx, 'people.unlocked', { actorUserId: ctx.actor.userId, subjectUserId: user.id }, lockedUntil ? { lockedUntil } : {});
      return { ok: true };
    }),
  ),

  /** Lets a deactivated person back in. Organizers only. */
  reactivate: organizer.input(UserIdInputSchema).mutation(({ ctx, input }): Promise<User> =>
    ctx.db.transaction().execute(async (trx) => {
      await existingUser({ ...ctx, db: trx }, input.userId);
      await updateUser(trx, input.userId, { deactivatedAt: null });
      await audit(trx, ctx, 'people.reactivated', { actorUserId: ctx.actor.userId, subjectUserId: input.userId });
      return existingUser({ ...ctx, db: trx }, input.userId);
    }),
  ),
});
