// Use cases of staff accounts. Creating a user and its first role is one transaction.
import type { Db } from '../../db/database.js';
import { AppError } from '../../lib/errors.js';
import { type Locale, localeOr } from '../../lib/localized.js';
import { allMunicipalities } from '../municipalities/index.js';
import type { NewUser } from './accounts.schemas.js';
import * as repo from './accounts.repository.js';
import { hashPassword } from './passwords.js';
import { type Actor, cliActor, type StaffActor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import type { Role } from '../../db/schema.js';
import type { sessionUser } from '../../platform/staff-session.js';

/** `actor`: who adds the account, for the audit log; the command line unless said otherwise. */
export async function addUser(db: Db, user: NewUser, actor: Actor = cliActor): Promise<{ id: number }> {
  let municipalityId: number | null = null;
  if (user.municipality) {
    const municipalities = await allMunicipalities(db);
    const found = municipalities.find((m) => m.slug === user.municipality);
    if (!found)
      throw new AppError(400, 'unknown_municipality', 'accounts.municipalityUnknown', {
        value: user.municipality,
        allowed: municipalities.map((m) => m.slug).join(', '),
      });
    municipalityId = found.id;
  }
  const passwordHash = user.password ? await hashPassword(user.password) : null;
  // Inside a caller's transaction (first-admin setup) or in one of its own.
  const inTransaction = <T>(fn: (trx: Db) => Promise<T>) => (db.isTransaction ? fn(db) : db.transaction().execute(fn));
  return inTransaction(async (trx) => {
    if (await repo.findUserByEmail(trx, user.email)) throw new AppError(409, 'email_taken', 'accounts.emailTaken', { value: user.email });
    const id = await repo.insertUser(trx, { email: user.email, displayName: user.displayName, passwordHash, locale: user.locale });
    await repo.insertRole(trx, id, user.role, municipalityId);
    // Never the password (nor its hash) in the log.
    await recordAudit(trx, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.email,
      summary: `${user.email}: ${user.role}${user.municipality ? `@${user.municipality}` : ''}`,
      after: {
        email: user.email,
        name: user.displayName,
        role: user.role,
        municipality: user.municipality ?? null,
        password: !!user.password,
      },
    });
    return { id };
  });
}

/** A staff account in the list: its roles as `role` or `role@municipality`. */
export interface AccountSummary {
  id: number;
  email: string;
  name: string | null;
  hasPassword: boolean;
  disabled: boolean;
  roles: string[];
}

export async function listUsers(db: Db): Promise<AccountSummary[]> {
  const rows = await repo.listUsersWithRoles(db);
  const users = new Map<number, AccountSummary>();
  for (const r of rows) {
    const user = users.get(r.id) ?? {
      id: r.id,
      email: r.email,
      name: r.display_name,
      hasPassword: r.password_hash !== null,
      disabled: r.disabled_at !== null,
      roles: [],
    };
    if (r.role) user.roles.push(r.municipality ? `${r.role}@${r.municipality}` : r.role);
    users.set(r.id, user);
  }
  return [...users.values()];
}

/** What the signed-in staff member sees on their account page. */
export interface OwnAccountView {
  /** Whether any back-office section is open to this person. */
  backOffice: boolean;
  email: string;
  name: string | null;
  roles: { role: Role; municipalityName: string | null }[];
  secondFactor: boolean;
  /** Their role requires a second factor and there is none yet. */
  mustEnrol: boolean;
  /** The language of their e-mails. */
  locale: Locale;
}

type SignedIn = NonNullable<Awaited<ReturnType<typeof sessionUser>>>;

export const ownAccountView = (session: SignedIn, access: { backOffice: boolean; mustEnrol: boolean }): OwnAccountView => ({
  ...access,
  secondFactor: session.user.second_factor,
  locale: localeOr(session.user.locale),
  email: session.user.email,
  name: session.user.display_name,
  roles: session.roles.map((r) => ({ role: r.role, municipalityName: r.municipality_name })),
});

/** A staff member chooses the language of their own e-mails (reminders, reports, advisory cases). */
export async function setOwnMailLocale(db: Db, actor: StaffActor, locale: Locale): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await repo.setLocale(trx, actor.id, locale);
    if (before === undefined || before === locale) return;
    await recordAudit(trx, actor, {
      action: 'user.locale',
      entityType: 'user',
      entityId: actor.email,
      summary: `${before} → ${locale}`,
      before: { locale: before },
      after: { locale },
    });
  });
}
