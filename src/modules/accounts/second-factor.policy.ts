// Who must have a second factor, and who may remove one. Admins and the finance role reach staff
// accounts, the audit log and the programme's money: with the setting on, they use the back office only
// after enrolling. Everyone else may enrol voluntarily.
import type { StaffMfaSetting } from '../../config.js';
import type { Role } from '../../db/schema.js';
import { type Actor, hasRole } from './actor.js';

export const rolesRequiringSecondFactor: readonly Role[] = ['admin', 'finance'];

export function secondFactorRequired(setting: StaffMfaSetting, roles: readonly Role[]): boolean {
  return setting === 'required-for-admin-finance' && roles.some((r) => rolesRequiringSecondFactor.includes(r));
}

/** Turning one's own second factor off: only where it is not required. */
export function mayTurnOffSecondFactor(setting: StaffMfaSetting, roles: readonly Role[]): boolean {
  return !secondFactorRequired(setting, roles);
}

/** Resetting someone's second factor (a lost phone): whoever manages staff accounts, never their own. */
export function mayResetSecondFactor(actor: Actor, userId: number): boolean {
  return hasRole(actor, 'admin') && !(actor.kind === 'staff' && actor.id === userId);
}
