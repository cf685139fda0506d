// Who may manage staff accounts (create them, give and take roles, lock them): platform admins only.
import { type Actor, hasRole } from '../../platform/actor.js';

export function mayManageUsers(actor: Actor): boolean {
  return hasRole(actor, 'admin');
}
