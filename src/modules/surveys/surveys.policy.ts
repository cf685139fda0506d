// Who works with surveys in the back office: admins, the agency and moderators (who handle residents'
// contributions everywhere) build surveys, enter paper answers, moderate free texts, publish results and
// export answers; reviewers read them. Coordinators and editors do not: a survey may span the region.
import { type Actor, hasRole } from '../../platform/actor.js';

export type SurveyAction = 'view' | 'manage';

export function mayOnSurveys(actor: Actor, action: SurveyAction): boolean {
  if (hasRole(actor, 'admin', 'agency', 'moderator')) return true;
  return action === 'view' && hasRole(actor, 'reviewer');
}

export const mayUseSurveys = (actor: Actor) => mayOnSurveys(actor, 'view');
