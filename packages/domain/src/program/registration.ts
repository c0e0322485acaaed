import { z } from 'zod';
import { compareIds } from './ids.js';
import { ProgramIdSchema } from './ids.js';

export const RegistrationStatusSchema = z.enum(['confirmed', 'waitlisted', 'cancelled']);
export type RegistrationStatus = z.infer<typeof RegistrationStatusSchema>;

/** A person's registration for a session; `position` (1 = next in line) only while waitlisted. */
export const RegistrationSchema = z.strictObject({
  id: z.string().min(1),
  sessionId: z.string().min(1),
  userId: z.string().min(1),
  status: RegistrationStatusSchema,
  position: z.number().int().min(1).nullable(),
  createdAt: z.string(),
});
export type Registration = z.infer<typeof RegistrationSchema>;

/**
 * One of a person's own registrations: a confirmed one's ticket code, and when it was checked in at the
 * door (null until then), which is what lets its holder leave feedback.
 */
export type RegistrationWithTicket = Registration & { ticketCode: string | null; checkedInAt: string | null };

/** What registering answers: a seat, or a place in line. */
export type RegistrationOutcome = { status: 'confirmed' } | { status: 'waitlisted'; position: number };

export const RegisterInputSchema = z.strictObject({ sessionId: ProgramIdSchema });

/**
 * Where a new registration lands: a seat while `confirmed` is below `capacity`, else the end of the line
 * behind the `waiting` people already in it.
 */
export function registrationOutcome(capacity: number, confirmed: number, waiting: number): RegistrationOutcome {
  return confirmed < capacity ? { status: 'confirmed' } : { status: 'waitlisted', position: waiting + 1 };
}

export interface Waiting {
  id: string;
  /** Order of arrival: the registration's sequence number, assigned when it was made. */
  arrival: number;
}

/**
 * Who gets the seats that freed up: the `freeSeats` earliest arrivals in line (arrival order, never
 * the order of the list given), so nobody overtakes someone who registered before them.
 */
export function promoteFromWaitlist<W extends Waiting>(waiting: readonly W[], freeSeats: number): W[] {
  if (freeSeats <= 0) return [];
  return [...waiting].sort((a, b) => a.arrival - b.arrival || compareIds(a.id, b.id)).slice(0, freeSeats);
}
