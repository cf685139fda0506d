// Who must have a second factor, and who may remove one. Admins and the finance role reach staff
// accounts, the audit log and the programme's money: with the setting on, they use the back office only
// after enrolling. Everyone else may enrol voluntarily.
import type { StaffMfaSetting } from '../../config.js';
import type { Role } from '../../db/schema.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import { secondFactorRequired } from '../../platform/second-factor-rule.js';

/** Turning one's own second factor off: only where it is not required. */
export function mayTurnOffSecondFactor(setting: StaffMfaSetting, roles: readonly Role[]): boolean {
  return !secondFactorRequired(setting, roles);
}

/** Resetting someone's second factor (a lost phone): whoever manages staff accounts, never their own. */
export function mayResetSecondFactor(actor: Actor, userId: number): boolean {
  return hasRole(actor, 'admin') && !(actor.kind === 'staff' && actor.id === userId);
}
