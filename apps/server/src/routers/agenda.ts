import { agendaSessionIds, enrolledClassSessionIds, ensureFeed, registrationsOfUser, resetFeed, sessionsByIds, star, starredSessionIds, unstar } from '@gorod/db';
import { type AgendaOverlap, findAgendaOverlaps, type RegistrationStatus, type Session, StarInputSchema } from '@gorod/domain';
import { signedInSessionProcedure } from '../procedures/program.js';
import { router, signedInProcedure } from '../trpc.js';
import { feedUrls } from '../http/calendar-routes.js';

/** A session in a person's agenda: whether they starred it and where their registration stands. */
export type AgendaSession = Session & {
  starred: boolean;
  myRegistration: { status: Exclude<RegistrationStatus, 'cancelled'>; position: number | null } | null;
};

export interface Agenda {
  sessions: AgendaSession[];
  /** Pairs of sessions at the same time (cancelled sessions left out: they no longer take the time). */
  overlaps: AgendaOverlap[];
}

export const agendaRouter = router({
  /**
   * The sessions the caller registered for (or waits for) or starred, and the classes of the courses they
   * are actively enrolled in, by start time, overlaps flagged.
   */
  mine: signedInProcedure('program:read').query(async ({ ctx }): Promise<Agenda> => {
    const userId = ctx.actor.userId;
    const [ids, starred, registrations] = await Promise.all([agendaSessionIds(ctx.db, userId), starredSessionIds(ctx.db, userId), registrationsOfUser(ctx.db, userId)]);
    // Courses: a class of a course the person studies joins their agenda, registered for or not.
    const classIds = await enrolledClassSessionIds(ctx.db, userId);
    const sessions = await sessionsByIds(ctx.db, [...new Set([...ids, ...classIds])].sort());
    const registrationOf = new Map(registrations.map((r) => [r.sessionId, r]));
    return {
      sessions: sessions.map((s) => {
        const r = registrationOf.get(s.id);
        return {
          ...s,
          starred: starred.includes(s.id),
          myRegistration: r && r.status !== 'cancelled' ? { status: r.status, position: r.position } : null,
        };
      }),
      overlaps: findAgendaOverlaps(sessions.filter((s) => s.status !== 'cancelled')),
    };
  }),

  /** Keeps a session in the agenda without registering; starring twice keeps one star. */
  star: signedInSessionProcedure(StarInputSchema).mutation(async ({ ctx }): Promise<{ starred: true }> => {
    await star(ctx.db, ctx.actor.userId, ctx.programSession.id, ctx.now());
    return { starred: true };
  }),

  unstar: signedInSessionProcedure(StarInputSchema).mutation(async ({ ctx }): Promise<{ starred: false }> => {
    await unstar(ctx.db, ctx.actor.userId, ctx.programSession.id);
    return { starred: false };
  }),

  /**
   * The caller's personal calendar feed (created on the first call): an https URL and the same as
   * `webcal://` for one-tap subscription, built from the configured public URL, never the request's Host.
   * Browser session only: the address is a credential for the agenda.
   */
  feed: signedInProcedure().mutation(async ({ ctx }) => feedUrls(ctx.publicUrl, await ensureFeed(ctx.db, ctx.actor.userId, ctx.now()))),

  /** A new secret for the feed: the old URL stops working at once. */
  resetFeed: signedInProcedure().mutation(async ({ ctx }) => feedUrls(ctx.publicUrl, await resetFeed(ctx.db, ctx.actor.userId, ctx.now()))),
});
