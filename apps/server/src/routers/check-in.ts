import { findUser, scanTicket, sessionOfTicket } from '@gorod/db';
import { CheckInInputSchema, notFound } from '@gorod/domain';
import { organizerProcedure } from '../procedures/program.js';
import { router } from '../trpc.js';

/**
 * What the door is told about a scanned ticket. Every known ticket is an answer, not an error: the
 * scan worked and the organizer needs to know what the ticket is. `admitted` is true only for a first
 * scan of a confirmed ticket at its own session; `outcome` says why not otherwise:
 * `already_checked_in` (with the first scan's time), `other_session` (the ticket is for `sessionId`),
 * `waitlisted` or `cancelled` (no seat). An unknown code is NOT_FOUND naming `code`.
 */
export interface ScanAnswer {
  admitted: boolean;
  outcome: 'checked_in' | 'already_checked_in' | 'other_session' | 'waitlisted' | 'cancelled';
  sessionId: string;
  person: { id: string; name: string };
  checkedInAt: string | null;
}

export const checkInRouter = router({
  /** Checks a ticket in, once; a scan that names no session checks in at the ticket's own session. */
  scan: organizerProcedure.input(CheckInInputSchema).mutation(async ({ ctx, input }): Promise<ScanAnswer> => {
    const atSessionId = input.sessionId ?? (await sessionOfTicket(ctx.db, input.code));
    if (!atSessionId) throw notFound('ticket', ['code']);
    const now = ctx.now();
    const result = await scanTicket(ctx.db, input.code, atSessionId, ctx.actor.userId, now);
    if (result.outcome === 'unknown_code') throw notFound('ticket', ['code']);
    const user = await findUser(ctx.db, result.userId);
    const person = { id: result.userId, name: user?.name ?? '' };
    switch (result.outcome) {
      case 'checked_in':
        return { admitted: true, outcome: 'checked_in', sessionId: result.sessionId, person, checkedInAt: now.toISOString() };
      case 'already_checked_in':
        return { admitted: false, outcome: 'already_checked_in', sessionId: result.sessionId, person, checkedInAt: result.checkedInAt };
      case 'other_session':
        return { admitted: false, outcome: 'other_session', sessionId: result.sessionId, person, checkedInAt: null };
      case 'not_confirmed':
        return { admitted: false, outcome: result.status, sessionId: result.sessionId, person, checkedInAt: null };
    }
  }),
});
