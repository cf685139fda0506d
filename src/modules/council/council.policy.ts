// Who may set up a municipality's council information (its OParl system, body and reference scheme),
// read its sync runs and link its decisions by hand: admins, and the municipality's own coordinators.
import { type Actor, hasRole, municipalitiesAs } from '../../platform/actor.js';

export function mayManageCouncil(actor: Actor, slug: string): boolean {
  return hasRole(actor, 'admin') || municipalitiesAs(actor, 'coordinator').includes(slug);
}

/** Whether the back office offers the section at all (each page still checks its municipality). */
export function mayUseCouncil(actor: Actor): boolean {
  return hasRole(actor, 'admin') || municipalitiesAs(actor, 'coordinator').length > 0;
}
