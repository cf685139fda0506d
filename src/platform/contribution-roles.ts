// Who handles residents' contributions (notices, requests, ideas, comments, event registrations) in the
// back office: platform admins, the agency and moderators every Vorhaben's; coordinators and editors
// those on their municipality's Vorhaben. Participation, comments and events share this rule.
import { type Actor, hasRole, municipalitiesAs } from './actor.js';

export function mayModerate(actor: Actor, projectMunicipalities: readonly string[]): boolean {
  if (hasRole(actor, 'admin', 'agency', 'moderator')) return true;
  const mine = municipalitiesAs(actor, 'coordinator', 'editor');
  return projectMunicipalities.some((m) => mine.includes(m));
}

export function mayUseParticipation(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'agency', 'moderator', 'coordinator', 'editor');
}

/** Municipalities the actor's lists are limited to; null for all. */
export function participationScope(actor: Actor): string[] | null {
  return hasRole(actor, 'admin', 'agency', 'moderator') ? null : municipalitiesAs(actor, 'coordinator', 'editor');
}
