// Who may do what with the programme's money: the finance role and admins keep the books (measures,
// budget, expenditures, draw-downs, deadlines, import); the agency, which manages the programme for the
// partners, reads the internal finance views and reports but changes nothing. Everyone else sees only
// the public programme dashboard.
import { type Actor, hasRole } from '../accounts/actor.js';

export type FinanceAction = 'read' | 'manage';

export function mayOnFinance(actor: Actor, action: FinanceAction): boolean {
  if (hasRole(actor, 'admin', 'finance')) return true;
  return action === 'read' && hasRole(actor, 'agency');
}

export const mayUseFinance = (actor: Actor) => mayOnFinance(actor, 'read');
