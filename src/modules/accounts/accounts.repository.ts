// SQL for staff accounts and their roles.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Role } from '../../db/schema.js';

export async function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
}

export async function insertUser(db: Db, user: { email: string; displayName: string | null; passwordHash: string | null }): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({ email: user.email, display_name: user.displayName, password_hash: user.passwordHash })
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
