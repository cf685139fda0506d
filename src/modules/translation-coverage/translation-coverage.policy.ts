// Who sees the translation coverage: the roles that edit content (platform admins, the agency,
// coordinators and editors). Which items each person sees decides each item's own module: only those
// they may edit, since the page is a list of work to do.
import { type Actor, hasRole } from '../../platform/actor.js';

export function mayReviewTranslations(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'agency', 'coordinator', 'editor');
}
