import { cancel, findRegistration, register, registrationsOfSession, registrationsWithTickets } from '@gorod/db';
import { canCancelRegistration, type Registration, type RegistrationOutcome, type RegistrationWithTicket, SessionIdInputSchema } from '@gorod/domain';
import { organizerSessionProcedure, signedInSessionProcedure } from '../procedures/program.js';
import { authorizeResource } from '../procedures/resource.js';
import { tellPromoted } from '../program/notify.js';
import { router, signedInProcedure } from '../trpc.js';

/*
 * Registering and cancelling by API token take `enrollments:write`: a city portal signs its own people up
 * for sessions the way it enrols them in courses. Reading them takes `program:read`.
 */
export const registrationsRouter = router({
  /**
   * A seat while there is one, else the end of the waitlist (`position` 1 = next in line). Exact under a
   * rush on both databases; registering twice answers the first outcome and adds nothing.
   */
  register: signedInSessionProcedure(SessionIdInputSchema, 'enrollments:write').mutation(
    ({ ctx }): Promise<RegistrationOutcome> => register(ctx.db, ctx.programSession.id, ctx.actor.userId, ctx.now()),
  ),

  /**
   * Gives up a seat or a place in line; the first waiting people take freed seats and are told by mail,
   * in the same transaction. Cancelling without a registration is NOT_FOUND naming `sessionId`.
   */
  cancel: signedInSessionProcedure(SessionIdInputSchema, 'enrollments:write').mutation(async ({ ctx }): Promise<{ cancelled: true }> => {
    const session = ctx.programSession;
    const registration = await findRegistration(ctx.db, session.id, ctx.actor.userId);
    const held = registration && registration.status !== 'cancelled' ? registration : undefined;
    authorizeResource(ctx.actor, held, { what: 'registration', path: 'sessionId', canSee: canCancelRegistration, can: canCancelRegistration });
    const { promoted } = await cancel(ctx.db, session.id, ctx.actor.userId, ctx.now());
    await tellPromoted(ctx.db, ctx.now(), ctx.publicUrl, session, promoted);
    return { cancelled: true };
  }),

  /** The caller's registrations that hold, each with its ticket code while confirmed (the portal draws it as a QR code). */
  mine: signedInProcedure('program:read').query(({ ctx }): Promise<RegistrationWithTicket[]> => registrationsWithTickets(ctx.db, ctx.actor.userId)),

  /** A session's registrations, confirmed first, then the waitlist in arrival order: organizers. */
  ofSession: organizerSessionProcedure(SessionIdInputSchema).query(({ ctx }): Promise<Registration[]> => registrationsOfSession(ctx.db, ctx.programSession.id)),
});
