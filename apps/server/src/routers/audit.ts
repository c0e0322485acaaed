import { listAuditEvents, listMail } from '@gorod/db';
import { type AuditEvent, AuditListInputSchema, type OutboxMail, OutboxListInputSchema, type Page } from '@gorod/domain';
import { roleProcedure, router } from '../trpc.js';

export const auditRouter = router({
  /** Security-relevant events, newest first. Organizers only. */
  list: roleProcedure(['organizer'])
    .input(AuditListInputSchema)
    .query(({ ctx, input }): Promise<Page<AuditEvent>> => listAuditEvents(ctx.db, input)),
});

export const mailRouter = router({
  /** The outbox — in development, the mail sink: what Gorod has sent, newest first. Organizers only. */
  outbox: roleProcedure(['organizer'])
    .input(OutboxListInputSchema)
    .query(({ ctx, input }): Promise<OutboxMail[]> => listMail(ctx.db, input)),
});
