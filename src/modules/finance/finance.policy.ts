// Who may do what with the programme's money: the finance role and admins keep the books (measures,
// budget, expenditures, draw-downs, deadlines, import) and are the only ones to see the internal finance
// views, reports and exports. Everyone else, the agency included, sees only the public programme dashboard.
import { type Actor, hasRole } from '../../platform/actor.js';

export type FinanceAction = 'read' | 'manage';

export function mayOnFinance(actor: Actor, _action: FinanceAction): boolean {
  return hasRole(actor, 'admin', 'finance');
}

export const mayUseFinance = (actor: Actor) => mayOnFinance(actor, 'read');
