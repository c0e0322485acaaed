import { z } from 'zod';
import { text } from '../text.js';

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

export const CheckInInputSchema = z.strictObject({ code: TicketCodeSchema });
export type CheckInInput = z.infer<typeof CheckInInputSchema>;
