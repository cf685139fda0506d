// Staff accounts and their roles, scoped to a municipality where the role is municipal. Sessions live in
// PostgreSQL so that app processes stay stateless.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('disabled_at', 'timestamptz')
    .execute();
  await sql`create unique index users_email_idx on users (lower(email))`.execute(db);

  await db.schema
    .createTable('user_roles')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('admin', 'agency', 'coordinator', 'editor', 'moderator', 'finance', 'reviewer')`),
    )
    .addColumn('municipality_id', 'integer', (c) => c.references('municipalities.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Coordinators and editors act for one municipality; every other role for the whole programme.
    .addCheckConstraint('user_roles_scope', sql`(role in ('coordinator', 'editor')) = (municipality_id is not null)`)
    .execute();
  await sql`create unique index user_roles_unique_idx on user_roles (user_id, role, coalesce(municipality_id, 0))`.execute(db);

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['sessions', 'user_roles', 'users']) await db.schema.dropTable(t).execute();
}
