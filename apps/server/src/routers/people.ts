import {
  clearSignInFailuresOf,
  deleteUserSessions,
  delegationLinksOf,
  emailTaken,
  emailTakenIssue,
  emailTakenMessage,
  findCity,
  findDelegation,
  findUser,
  hasPassword,
  lastAuditEventAt,
  listUsers,
  lockUser,
  locksInForce,
  pendingInvitees,
  setRoles,
  setUserDelegation,
  trustedDeviceHashes,
  updateUser,
} from '@gorod/db';
import {
  GorodError,
  ImportParticipantsInputSchema,
  InviteInputSchema,
  issue,
  notFound,
  ResendInvitationsInputSchema,
  SetDelegationInputSchema,
  SetRolesInputSchema,
  type User,
  UserIdInputSchema,
  UserListInputSchema,
} from '@gorod/domain';
import { audit } from '../auth/audit.js';
import { accountKey, deviceKey } from '../auth/throttle.js';
import type { RequestMeta, RequestServices } from '../context.js';
import { type ImportReport, importParticipants } from '../people/import-participants.js';
import { invitePerson, sendInvitationLink } from '../people/invite.js';
import { personProcedure } from '../procedures/people.js';
import { roleProcedure, router } from '../trpc.js';

const organizer = roleProcedure(['organizer']);

/** How long after a bulk resend another is refused: a second click at the venue must not mail everyone twice. */
export const bulkResendPauseMs = 10 * 60_000;

const inviteContext = (ctx: RequestServices & { actor: { userId: string }; request: RequestMeta }) => ({
  db: ctx.db,
  now: ctx.now,
  baseUrl: ctx.publicUrl,
  invitedBy: ctx.actor.userId,
  request: ctx.request,
});

/** The person as they are after a change the procedure just made (they exist: the builder loaded them). */
async function reloaded(ctx: RequestServices, userId: string): Promise<User> {
  const user = await findUser(ctx.db, userId);
  if (!user) throw notFound('person', ['userId']);
  return user;
}

export const peopleRouter = router({
  /** Everyone, newest first, searched by name or email, with when a sign-in lock on them ends. Organizers only. */
  list: organizer.input(UserListInputSchema).query(async ({ ctx, input }) => {
    const page = await listUsers(ctx.db, input);
    const locks = await locksInForce(ctx.db, page.items.map((user) => accountKey(user.email).key), ctx.now());
    const delegations = await delegationLinksOf(ctx.db, page.items.map((user) => user.id));
    return {
      ...page,
      items: page.items.map((user) => ({
        ...user,
        lockedUntil: locks.get(accountKey(user.email).key) ?? null,
        delegationId: delegations.get(user.id)?.delegationId ?? null,
        delegationHead: delegations.get(user.id)?.head ?? false,
      })),
    };
  }),

  /**
   * Invites one person by email. Organizers only. Of two concurrent invitations of one email, one wins
   * and the other is the same `CONFLICT` at `email` as a late one (the insert maps the unique key).
   */
  invite: organizer.input(InviteInputSchema).mutation(async ({ ctx, input }): Promise<User> => {
    if (await emailTaken(ctx.db, input.email)) throw new GorodError('CONFLICT', emailTakenMessage, [emailTakenIssue()]);
    const city = input.cityId ? await findCity(ctx.db, input.cityId) : undefined;
    if (input.cityId && !city) {
      throw new GorodError('INVALID_INPUT', 'Some fields need attention', [issue(['cityId'], 'not_found', 'No city with this id')]);
    }
    const id = await invitePerson(inviteContext(ctx), { ...input, timeZone: city?.timeZone ?? 'Asia/Yekaterinburg' });
    return reloaded(ctx, id);
  }),

  /** Invites everyone in a participants CSV; reports every bad row by line and field. Organizers only. */
  importCsv: organizer.input(ImportParticipantsInputSchema).mutation(({ ctx, input }): Promise<ImportReport> =>
    importParticipants(inviteContext(ctx), input),
  ),

  /** Sends a fresh invitation link to someone who has not accepted yet. Organizers only. */
  resendInvitation: personProcedure(UserIdInputSchema).mutation(async ({ ctx }): Promise<{ ok: true }> => {
    if (await hasPassword(ctx.db, ctx.person.id)) {
      throw new GorodError('CONFLICT', 'This person has already accepted their invitation', [
        issue(['userId'], 'already_accepted', 'Already accepted; they can reset their password instead'),
      ]);
    }
    await sendInvitationLink(inviteContext(ctx), ctx.person);
    return { ok: true };
  }),

  /**
   * Sends a fresh invitation link to everyone invited who has not accepted and is not deactivated, in one
   * transaction, audited once with the count. Refused with TOO_MANY_REQUESTS (and `retryAfterSeconds`)
   * within `bulkResendPauseMs` of the last bulk resend, by whichever organizer. Organizers only.
   */
  resendInvitations: organizer.input(ResendInvitationsInputSchema).mutation(async ({ ctx }): Promise<{ sent: number }> => {
    const now = ctx.now();
    // Locks the invitees first: a concurrent bulk resend waits here, then reads the one that went before.
    const invitees = await pendingInvitees(ctx.db);
    const last = await lastAuditEventAt(ctx.db, 'people.invitations_resent');
    const waitMs = last === undefined ? 0 : Date.parse(last) + bulkResendPauseMs - now.getTime();
    if (waitMs > 0) {
      ctx.http.setHeader('retry-after', String(Math.ceil(waitMs / 1000)));
      throw new GorodError('TOO_MANY_REQUESTS', 'Invitations were just resent to everyone; wait before resending again', [], {
        retryAfterSeconds: Math.ceil(waitMs / 1000),
      });
    }
    for (const user of invitees) await sendInvitationLink(inviteContext(ctx), user);
    await audit(ctx.db, ctx, 'people.invitations_resent', { actorUserId: ctx.actor.userId }, { sent: invitees.length });
    return { sent: invitees.length };
  }),

  /**
   * Replaces a person's roles. An organizer cannot drop their own organizer role. Organizers only.
   * Concurrent calls on one person take turns on the person's row: the last to commit wins whole.
   */
  setRoles: personProcedure(SetRolesInputSchema).mutation(async ({ ctx, input }): Promise<User> => {
    await lockUser(ctx.db, ctx.person.id);
    // Read again under the lock: the roles a concurrent change committed are the ones this one replaces.
    const before = await reloaded(ctx, ctx.person.id);
    if (input.userId === ctx.actor.userId && !input.roles.includes('organizer')) {
      throw new GorodError('CONFLICT', 'You cannot remove your own organizer role; ask another organizer', [
        issue(['roles'], 'own_organizer_role', 'Keep your own organizer role'),
      ]);
    }
    await setRoles(ctx.db, ctx.person.id, input.roles);
    await audit(ctx.db, ctx, 'people.roles_changed', { subjectUserId: ctx.person.id }, {
      from: before.roles.join(','),
      to: [...new Set(input.roles)].sort().join(','),
    });
    return reloaded(ctx, ctx.person.id);
  }),

  /**
   * Links a person to a delegation (null unlinks); `head` marks them its head, replacing the previous one.
   * Audited. Organizers only; NOT_FOUND at `delegationId` for an unknown delegation.
   */
  setDelegation: personProcedure(SetDelegationInputSchema).mutation(
    async ({ ctx, input }): Promise<{ userId: string; delegationId: string | null; head: boolean }> => {
      const delegation = input.delegationId ? await findDelegation(ctx.db, input.delegationId) : undefined;
      if (input.delegationId && !delegation) throw notFound('delegation', ['delegationId']);
      await lockUser(ctx.db, ctx.person.id);
      const before = (await delegationLinksOf(ctx.db, [ctx.person.id])).get(ctx.person.id);
      const head = Boolean(input.delegationId && input.head);
      await setUserDelegation(ctx.db, ctx.person.id, input.delegationId, head);
      await audit(ctx.db, ctx, 'people.delegation_changed', { subjectUserId: ctx.person.id }, {
        from: before?.delegationId ?? null,
        to: input.delegationId,
        head,
      });
      return { userId: ctx.person.id, delegationId: input.delegationId, head };
    },
  ),

  /** Deactivates a person: they are signed out and cannot sign in; their history stays. Organizers only. */
  deactivate: personProcedure(UserIdInputSchema).mutation(async ({ ctx }): Promise<User> => {
    if (ctx.person.id === ctx.actor.userId) {
      throw new GorodError('CONFLICT', 'You cannot deactivate yourself', [issue(['userId'], 'self', 'You cannot deactivate yourself')]);
    }
    await updateUser(ctx.db, ctx.person.id, { deactivatedAt: ctx.now().toISOString() });
    await deleteUserSessions(ctx.db, ctx.person.id);
    await audit(ctx.db, ctx, 'people.deactivated', { subjectUserId: ctx.person.id });
    return reloaded(ctx, ctx.person.id);
  }),

  /**
   * Lifts the sign-in locks on a person's account and on their trusted browsers, for someone who cannot wait
   * (a stranger's guesses locked them out). Audited. Organizers only.
   */
  unlock: personProcedure(UserIdInputSchema).mutation(async ({ ctx }): Promise<{ ok: true }> => {
    const user = ctx.person;
    const devices = await trustedDeviceHashes(ctx.db, user.id);
    const keys = [accountKey(user.email).key, ...devices.map((idHash) => deviceKey(idHash).key)];
    const lockedUntil = (await locksInForce(ctx.db, keys, ctx.now())).get(accountKey(user.email).key) ?? null;
    await clearSignInFailuresOf(ctx.db, keys);
    await audit(ctx.db, ctx, 'people.unlocked', { subjectUserId: user.id }, lockedUntil ? { lockedUntil } : {});
    return { ok: true };
  }),

  /** Lets a deactivated person back in. Organizers only. */
  reactivate: personProcedure(UserIdInputSchema).mutation(async ({ ctx }): Promise<User> => {
    await updateUser(ctx.db, ctx.person.id, { deactivatedAt: null });
    await audit(ctx.db, ctx, 'people.reactivated', { subjectUserId: ctx.person.id });
    return reloaded(ctx, ctx.person.id);
  }),
});
