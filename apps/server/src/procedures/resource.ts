import { GorodError, notFound, type PermissionActor } from '@gorod/domain';

/** How a resource builder decides, with the area's pure permission rules from the domain. */
export interface ResourceRule<R> {
  /** What it is called in answers: "token", "person". */
  what: string;
  /** The input field that held its id, named by the NOT_FOUND issue. */
  path: string;
  /** Whether the actor may know it exists; if not, it is NOT_FOUND like a missing one. */
  canSee: (actor: PermissionActor, resource: R) => boolean;
  /** Whether the actor may do what the procedure does with it; if not (but they see it), FORBIDDEN. */
  can: (actor: PermissionActor, resource: R) => boolean;
}

/**
 * The one place a loaded resource meets its rule: missing or invisible is NOT_FOUND (an id never leaks
 * whether it exists), visible but not permitted is FORBIDDEN, else the resource is handed on.
 */
export function authorizeResource<R>(actor: PermissionActor, resource: R | undefined, rule: ResourceRule<R>): R {
  if (resource === undefined || !rule.canSee(actor, resource)) throw notFound(rule.what, [rule.path]);
  if (!rule.can(actor, resource)) throw new GorodError('FORBIDDEN', `You may not do this with this ${rule.what}`);
  return resource;
}
