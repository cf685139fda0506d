// A second factor for staff (TOTP, RFC 6238): the confirmed secret with the last time step used (a code is
// accepted once), a secret waiting for its first code during enrolment, one-time recovery codes (only
// their hashes), and the sign-ins that passed the password and wait for their code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('staff_totp')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', 'text')
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('last_step', 'bigint')
    .addColumn('pending_secret', 'text')
    .addColumn('pending_since', 'timestamptz')
    // A secret counts only once its first code has confirmed it.
    .addCheckConstraint('staff_totp_confirmed', sql`(secret is null) = (confirmed_at is null)`)
    .execute();

  await db.schema
    .createTable('staff_recovery_codes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('used_at', 'timestamptz')
    .addUniqueConstraint('staff_recovery_codes_once', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('staff_sign_in_challenges')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('return_to', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create index staff_sign_in_challenges_user_idx on staff_sign_in_challenges (user_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['staff_sign_in_challenges', 'staff_recovery_codes', 'staff_totp']) await db.schema.dropTable(t).execute();
}
