import { canManagePerson, type PermissionActor } from '../people/permissions.js';

/** The delegation directory is public: the forum announces which cities come, who heads them and how many. */
export const canSeeDelegations = (_actor: PermissionActor): boolean => true;

/** Who may link a person to a delegation or mark its head: whoever manages that person (organizers). */
export const canAssignDelegation = (actor: PermissionActor, person: { id: string }): boolean => canManagePerson(actor, person);
