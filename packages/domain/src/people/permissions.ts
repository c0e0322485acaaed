/**
 * Who may do what with people, tokens and sign-in sessions: pure rules the server decides by and the
 * portal shows controls by. `Actor` is anyone; each rule answers false for the anonymous.
 *
 * Two questions per owned resource, answered in this order by the server's resource builders:
 * may the actor SEE it (if not, it is "not found", so an id tells nothing), then may they do the action
 * (if not, FORBIDDEN).
 */

/** The part of an actor the rules look at: the server's `Actor` is one; the portal builds one from `auth.me`. */
export type PermissionActor = { kind: 'anonymous' } | { kind: 'session' | 'token'; userId: string; roles: readonly string[] };

const signedIn = (actor: PermissionActor): actor is Exclude<PermissionActor, { kind: 'anonymous' }> => actor.kind !== 'anonymous';
const isOrganizer = (actor: PermissionActor) => signedIn(actor) && actor.roles.includes('organizer');

/** Inviting, importing, changing roles, deactivating, unlocking people: organizers. */
export const canManagePeople = (actor: PermissionActor): boolean => isOrganizer(actor);

/** Reading the audit log: organizers. */
export const canReadAudit = (actor: PermissionActor): boolean => isOrganizer(actor);

/** Reading the mail outbox: organizers. */
export const canReadOutbox = (actor: PermissionActor): boolean => isOrganizer(actor);

/** A person's record: organizers see everyone; anyone sees themself. */
export const canSeePerson = (actor: PermissionActor, person: { id: string }): boolean =>
  isOrganizer(actor) || (signedIn(actor) && actor.userId === person.id);

/** Managing a person (roles, deactivation, invitations, locks): organizers, on someone they can see. */
export const canManagePerson = (actor: PermissionActor, person: { id: string }): boolean =>
  canSeePerson(actor, person) && canManagePeople(actor);

/** An API token is seen by its owner only (not even organizers: it is a credential). */
export const canSeeToken = (actor: PermissionActor, token: { userId: string }): boolean =>
  signedIn(actor) && actor.userId === token.userId;

/** Revoking a token: its owner, from a browser session (a leaked token must not manage tokens). */
export const canRevokeToken = (actor: PermissionActor, token: { userId: string }): boolean =>
  canSeeToken(actor, token) && actor.kind === 'session';

/** A sign-in session (a device) is seen by the person signed in with it only. */
export const canSeeSession = (actor: PermissionActor, session: { userId: string }): boolean =>
  signedIn(actor) && actor.userId === session.userId;

/** Ending a sign-in session: its person, from a browser session. */
export const canEndSession = (actor: PermissionActor, session: { userId: string }): boolean =>
  canSeeSession(actor, session) && actor.kind === 'session';
