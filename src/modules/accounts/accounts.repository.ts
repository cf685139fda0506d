// SQL for staff accounts and their roles.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Role } from '../../db/schema.js';

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function insertUser(
  db: Db,
  user: { email: string; displayName: string | null; passwordHash: string | null; locale?: string },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({ email: user.email, display_name: user.displayName, password_hash: user.passwordHash, locale: user.locale })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertRole(db: Db, userId: number, role: Role, municipalityId: number | null): Promise<void> {
  await db.insertInto('user_roles').values({ user_id: userId, role, municipality_id: municipalityId }).execute();
}

export async function listUsersWithRoles(db: Db) {
  return db
    .selectFrom('users as u')
    .leftJoin('user_roles as r', 'r.user_id', 'u.id')
    .leftJoin('municipalities as m', 'm.id', 'r.municipality_id')
    .select(['u.id', 'u.email', 'u.display_name', 'u.disabled_at', 'u.password_hash', 'r.role', 'm.slug as municipality'])
    .orderBy('u.email')
    .orderBy('r.role')
    .execute();
}

export async function findUserById(db: Db, id: number) {
  return db
    .selectFrom('users')
    .select([
      'id',
      'email',
      'display_name',
      'disabled_at',
      'created_at',
      'oidc_issuer',
      sql<boolean>`password_hash is not null`.as('has_password'),
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function rolesOf(db: Db, userId: number) {
  return db
    .selectFrom('user_roles as r')
    .leftJoin('municipalities as m', 'm.id', 'r.municipality_id')
    .where('r.user_id', '=', userId)
    .select(['r.id', 'r.role', 'm.slug as municipality', 'm.name as municipality_name'])
    .orderBy('r.role')
    .orderBy('m.name')
    .execute();
}

/** Adds the role unless the user has it already (for that municipality); false if it existed. */
export async function addRoleIfMissing(db: Db, userId: number, role: Role, municipalityId: number | null): Promise<boolean> {
  const result = await sql`
    insert into user_roles (user_id, role, municipality_id) values (${userId}, ${role}, ${municipalityId})
    on conflict (user_id, role, coalesce(municipality_id, 0)) do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

export async function deleteRole(db: Db, userId: number, roleId: number) {
  return db
    .deleteFrom('user_roles')
    .where('id', '=', roleId)
    .where('user_id', '=', userId)
    .returning(['role', 'municipality_id'])
    .executeTakeFirst();
}

export async function countAdmins(db: Db, exceptUserId: number): Promise<number> {
  const row = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .where('r.role', '=', 'admin')
    .where('u.disabled_at', 'is', null)
    .where('u.id', '<>', exceptUserId)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setDisabled(db: Db, userId: number, disabled: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({ disabled_at: disabled ? new Date() : null })
    .where('id', '=', userId)
    .execute();
}

/** Password-reset and invitation links that were used or have expired. */
export async function deleteSpentPasswordLinks(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('password_resets')
    .where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<', sql<Date>`now()`)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Single sign-on attempts that were never completed within `minutes`. */
export async function deleteStaleOidcLogins(db: Db, minutes: number): Promise<number> {
  const result = await db
    .deleteFrom('oidc_logins')
    .where('created_at', '<', sql<Date>`now() - make_interval(mins => ${minutes})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The language of a person's e-mails; the old one comes back for the audit log. */
export async function setLocale(db: Db, userId: number, locale: string): Promise<string | undefined> {
  const before = await db.selectFrom('users').select('locale').where('id', '=', userId).forUpdate().executeTakeFirst();
  if (!before) return undefined;
  await db.updateTable('users').set({ locale }).where('id', '=', userId).execute();
  return before.locale;
}
