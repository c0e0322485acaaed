import { z } from 'zod';
import { text } from '../text.js';
import { ProgramIdSchema } from './ids.js';

/**
 * The code on a confirmed registration's ticket (shown as a QR code): opaque, random, URL-safe.
 * It says nothing about the session or the person; the server looks it up.
 */
export const TicketCodeSchema = text({
  min: 16,
  max: 64,
  pattern: { regex: /^[A-Za-z0-9_-]+$/, message: 'Scan or type the code printed on the ticket' },
});
export type TicketCode = z.infer<typeof TicketCodeSchema>;

/**
 * A scan at a session's door: the ticket's code, and the session whose door it is. Without `sessionId`
 * the ticket checks in at its own session (a desk serving every room); with it, a ticket for another
 * session is refused, so nobody walks into the wrong hall on a valid ticket.
 */
export const CheckInInputSchema = z.strictObject({ code: TicketCodeSchema, sessionId: ProgramIdSchema.optional() });
export type CheckInInput = z.infer<typeof CheckInInputSchema>;
