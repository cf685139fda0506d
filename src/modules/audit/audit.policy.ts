// The audit log shows who changed what, including internal states: platform admins only.
import { type Actor, hasRole } from '../../platform/actor.js';

export function maySearchAudit(actor: Actor): boolean {
  return hasRole(actor, 'admin');
}
