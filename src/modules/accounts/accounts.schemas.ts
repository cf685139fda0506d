// What it takes to create a staff account: a valid e-mail address, a known role, a municipality exactly
// for the municipal roles (coordinator, editor), and a password long enough, if one is given.
import { z } from 'zod';
import { type Role, roles } from '../../db/schema.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Locale } from '../../lib/localized.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js';

export const municipalRoles: readonly Role[] = ['coordinator', 'editor'];

export interface NewUser {
  email: string;
  role: Role;
  municipality: string | null;
  displayName: string | null;
  password: string | null;
  /** The language of the person's e-mails; German unless said otherwise. */
  locale?: Locale;
}

export interface FieldProblem {
  field: 'email' | 'role' | 'municipality' | 'password';
  reason: MessageKey;
  params: Record<string, string | number>;
}

export function checkNewUser(raw: {
  email?: string;
  role?: string;
  municipality?: string;
  name?: string;
  password?: string;
}): NewUser | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const email = (raw.email ?? '').trim();
  if (!z.email().safeParse(email).success) problems.push({ field: 'email', reason: 'accounts.emailInvalid', params: { value: email } });
  const role = raw.role as Role;
  if (!roles.includes(role))
    problems.push({ field: 'role', reason: 'accounts.roleUnknown', params: { value: String(raw.role ?? ''), allowed: roles.join(', ') } });
  const municipality = raw.municipality?.trim() || null;
  if (roles.includes(role)) {
    if (municipalRoles.includes(role) && !municipality)
      problems.push({ field: 'municipality', reason: 'accounts.municipalityRequired', params: { role } });
    if (!municipalRoles.includes(role) && municipality)
      problems.push({ field: 'municipality', reason: 'accounts.municipalityNotAllowed', params: { role } });
  }
  const password = raw.password ?? null;
  if (password !== null && (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH))
    problems.push({ field: 'password', reason: 'accounts.passwordLength', params: { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH } });
  if (problems.length) return problems;
  return { email: email.toLowerCase(), role, municipality, displayName: raw.name?.trim() || null, password };
}
