// Who works with the network: the agency (and admins) verify partners, make introductions and advise;
// coordinators read the advisory cases of their municipality. Partners edit only their own profile, and
// a project team only its own case (checked by resident id in the services).
import { type Actor, hasRole, municipalitiesAs } from '../../platform/actor.js';

export function mayManageNetwork(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'agency');
}

export function mayReadCase(actor: Actor, municipality: string | null): boolean {
  if (mayManageNetwork(actor)) return true;
  return municipality !== null && municipalitiesAs(actor, 'coordinator').includes(municipality);
}

export function mayUseNetwork(actor: Actor): boolean {
  return mayManageNetwork(actor) || municipalitiesAs(actor, 'coordinator').length > 0;
}
