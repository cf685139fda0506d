// Who may change a municipality's settings (decision prefixes, body names, participation quorum):
// platform admins, the agency, and the municipality's own coordinators.
import { type Actor, hasRole, municipalitiesAs } from '../../platform/actor.js';

export function mayManageMunicipality(actor: Actor, slug: string): boolean {
  return hasRole(actor, 'admin', 'agency') || municipalitiesAs(actor, 'coordinator').includes(slug);
}

export function mayListMunicipalities(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'agency', 'coordinator');
}
