// Managing staff accounts in the back office (platform admins): create an account and invite the person
// by e-mail, give and take roles, lock and unlock (resetting a second factor: second-factor.service.ts). Nobody can take away the last active admin.
import type { Db } from '../../db/database.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { Locale } from '../../lib/localized.js';
import { recordAudit } from '../audit/index.js';
import { allMunicipalities } from '../municipalities/index.js';
import type { Role } from '../../db/schema.js';
import type { NewUser } from './accounts.schemas.js';
import { mayManageUsers } from './accounts.policy.js';
import * as repo from './accounts.repository.js';
import { type AccountSummary, addUser, listUsers } from './accounts.service.js';
import type { Actor } from '../../platform/actor.js';
import { sendPasswordLink } from './password-reset.service.js';
import { enqueue } from '../../jobs/queue.js';
import { t } from '../../i18n/index.js';
import { signOutEverywhere } from '../../platform/staff-session.js';
import { findTotp } from './second-factor.repository.js';

function assertAdmin(actor: Actor): void {
  if (!mayManageUsers(actor)) throw forbidden();
}

/** The roles a staff account may hold, for the role forms. */
export { roles, type Role } from '../../db/schema.js';
export type { AccountSummary } from './accounts.service.js';

export async function accountList(db: Db, actor: Actor): Promise<AccountSummary[]> {
  assertAdmin(actor);
  return listUsers(db);
}

/** What the account page shows of a staff account. */
export interface StaffAccountView {
  id: number;
  email: string;
  displayName: string | null;
  disabledAt: Date | null;
  createdAt: Date;
  hasPassword: boolean;
  /** The identity provider the account signs in with, if any. */
  oidcIssuer: string | null;
}

/** A role of the account, with the name of its municipality where it is scoped to one. */
export interface AccountRoleView {
  id: number;
  role: Role;
  municipalityName: string | null;
}

export interface AccountDetails {
  user: StaffAccountView;
  roles: AccountRoleView[];
  secondFactorSince: Date | null;
}

export async function accountDetails(db: Db, actor: Actor, id: number): Promise<AccountDetails> {
  assertAdmin(actor);
  const user = await repo.findUserById(db, id);
  if (!user) throw notFound('user');
  const [roles, totp] = await Promise.all([repo.rolesOf(db, id), findTotp(db, id)]);
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      disabledAt: user.disabled_at,
      createdAt: user.created_at,
      hasPassword: user.has_password,
      oidcIssuer: user.oidc_issuer,
    },
    roles: roles.map((r) => ({ id: r.id, role: r.role, municipalityName: r.municipality_name })),
    secondFactorSince: totp?.confirmed_at ?? null,
  };
}

/**
 * Creates the account and mails an invitation: a link to set a password, or, where staff sign in only
 * through single sign-on, where to sign in (a password link would bypass the provider).
 */
export async function createAccount(
  db: Db,
  actor: Actor,
  user: NewUser,
  locale: Locale,
  baseUrl: string,
  passwordLogin: boolean,
): Promise<number> {
  assertAdmin(actor);
  return db.transaction().execute(async (trx) => {
    const { id } = await addUser(trx, { ...user, password: null, locale }, actor);
    if (passwordLogin) await sendPasswordLink(trx, { id, email: user.email }, locale, baseUrl, 'invitation');
    else
      await enqueue(trx, 'send_mail', {
        to: user.email,
        subject: t(locale, 'invite.mail.subject'),
        text: t(locale, 'invite.mail.sso', { link: `${baseUrl}/${locale}/anmelden`, url: baseUrl }),
      });
    return id;
  });
}

async function municipalityId(db: Db, slug: string | null): Promise<number | null> {
  if (!slug) return null;
  const found = (await allMunicipalities(db)).find((m) => m.slug === slug);
  if (!found) throw new AppError(400, 'unknown_municipality', 'users.error.municipality');
  return found.id;
}

export async function addRole(db: Db, actor: Actor, userId: number, role: Role, municipality: string | null): Promise<void> {
  assertAdmin(actor);
  await db.transaction().execute(async (trx) => {
    const user = await repo.findUserById(trx, userId);
    if (!user) throw notFound('user');
    const added = await repo.addRoleIfMissing(trx, userId, role, await municipalityId(trx, municipality));
    if (!added) throw new AppError(409, 'role_exists', 'users.error.roleExists');
    await recordAudit(trx, actor, {
      action: 'user.role.add',
      entityType: 'user',
      entityId: user.email,
      summary: `${user.email}: +${role}${municipality ? `@${municipality}` : ''}`,
      after: { role, municipality },
    });
  });
}

export async function removeRole(db: Db, actor: Actor, userId: number, roleId: number): Promise<void> {
  assertAdmin(actor);
  await db.transaction().execute(async (trx) => {
    const user = await repo.findUserById(trx, userId);
    if (!user) throw notFound('user');
    const roles = await repo.rolesOf(trx, userId);
    const role = roles.find((r) => r.id === roleId);
    if (!role) throw notFound('role');
    if (role.role === 'admin' && !user.disabled_at && (await repo.countAdmins(trx, userId)) === 0)
      throw new AppError(409, 'last_admin', 'users.error.lastAdmin');
    await repo.deleteRole(trx, userId, roleId);
    await recordAudit(trx, actor, {
      action: 'user.role.remove',
      entityType: 'user',
      entityId: user.email,
      summary: `${user.email}: -${role.role}${role.municipality ? `@${role.municipality}` : ''}`,
      before: { role: role.role, municipality: role.municipality },
    });
  });
}

/** Locks an account (its sessions end at once) or unlocks it. */
export async function setLocked(db: Db, actor: Actor, userId: number, locked: boolean): Promise<void> {
  assertAdmin(actor);
  await db.transaction().execute(async (trx) => {
    const user = await repo.findUserById(trx, userId);
    if (!user) throw notFound('user');
    if (locked) {
      const isAdmin = (await repo.rolesOf(trx, userId)).some((r) => r.role === 'admin');
      if (isAdmin && (await repo.countAdmins(trx, userId)) === 0) throw new AppError(409, 'last_admin', 'users.error.lastAdmin');
    }
    await repo.setDisabled(trx, userId, locked);
    if (locked) await signOutEverywhere(trx, userId);
    await recordAudit(trx, actor, {
      action: locked ? 'user.lock' : 'user.unlock',
      entityType: 'user',
      entityId: user.email,
      summary: user.email,
      before: { locked: !!user.disabled_at },
      after: { locked },
    });
  });
}
