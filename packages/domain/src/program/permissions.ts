/**
 * Who may do what with the program: pure rules the server decides by and the portal shows controls by,
 * in the style of `people/permissions.ts` (see there for the SEE-then-DO order of the resource builders).
 */
import type { PermissionActor } from '../people/permissions.js';

const signedIn = (actor: PermissionActor): actor is Exclude<PermissionActor, { kind: 'anonymous' }> => actor.kind !== 'anonymous';
const isOrganizer = (actor: PermissionActor) => signedIn(actor) && actor.roles.includes('organizer');

/** Building the program (sessions, rooms, tracks, speakers), reading a session's registrations, checking tickets in: organizers. */
export const canEditProgram = (actor: PermissionActor): boolean => isOrganizer(actor);

/** A registration is seen by its person and by organizers (who run the door and the lists). */
export const canSeeRegistration = (actor: PermissionActor, registration: { userId: string }): boolean =>
  isOrganizer(actor) || (signedIn(actor) && actor.userId === registration.userId);

/** Cancelling a registration: its person only (organizers cancel sessions, not people's seats). */
export const canCancelRegistration = (actor: PermissionActor, registration: { userId: string }): boolean =>
  signedIn(actor) && actor.userId === registration.userId;

/**
 * A session's feedback summary (the distribution and the comments, never names): organizers, and the
 * session's speakers through the person accounts organizers linked them to (`speakerUserIds`, the linked
 * accounts of the session's speakers).
 */
export const canReadFeedbackSummary = (actor: PermissionActor, session: { speakerUserIds: readonly string[] }): boolean =>
  isOrganizer(actor) || (signedIn(actor) && session.speakerUserIds.includes(actor.userId));
