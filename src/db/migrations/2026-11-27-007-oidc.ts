// Single sign-on through OpenID Connect: a staff account remembers the identity (issuer and subject)
// it was first linked with, and sign-ins in progress wait in oidc_logins (state, PKCE verifier, nonce).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('oidc_issuer', 'text').addColumn('oidc_subject', 'text').execute();
  await sql`create unique index users_oidc_idx on users (oidc_issuer, oidc_subject) where oidc_subject is not null`.execute(db);
  await db.schema
    .createTable('oidc_logins')
    .addColumn('state', 'text', (c) => c.primaryKey())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('oidc_logins').execute();
  await sql`drop index users_oidc_idx`.execute(db);
  await db.schema.alterTable('users').dropColumn('oidc_subject').dropColumn('oidc_issuer').execute();
}
