// Who moderates comments: whoever may moderate the Vorhaben's participation hides, restores and dismisses
// reports on its threads; blocking an account acts platform-wide, so only admins, the agency and moderators may.
import { type Actor, hasRole } from '../../platform/actor.js';
export { mayModerate as mayModerateThread, mayUseParticipation as mayUseModeration } from '../../platform/contribution-roles.js';

export function mayBlockResidents(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'agency', 'moderator');
}
