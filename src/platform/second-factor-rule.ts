// Who must have a second factor before using the back office. Admins and the finance role reach staff
// accounts, the audit log and the programme's money: with the setting on, they enrol first. The frame
// of the back office applies this on every request; accounts lets everyone else enrol voluntarily.
import type { StaffMfaSetting } from '../config.js';
import type { Role } from '../db/schema.js';

export const rolesRequiringSecondFactor: readonly Role[] = ['admin', 'finance'];

export function secondFactorRequired(setting: StaffMfaSetting, roles: readonly Role[]): boolean {
  return setting === 'required-for-admin-finance' && roles.some((r) => rolesRequiringSecondFactor.includes(r));
}
