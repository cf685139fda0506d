// Alerts without an account: an e-mail address subscribes to new and changed Vorhaben matching a
// register filter. The address lives only in `alert_subscriptions` and goes with its row; the
// confirmation token is stored as a hash, the unsubscribe token not at all (it is signed from `salt`).
// Pending items wait for the weekly digest; `alert_scan` remembers the last change note it has read.
// Frozen in time: written against Kysely<any>, never importing application code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('alert_subscriptions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
    .addColumn('filters', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('immediate', 'weekly')`))
    .addColumn('confirm_token_hash', 'text', (c) => c.unique())
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('confirmed_at', 'timestamptz')
    .execute();
  await sql`create index alert_subscriptions_pending on alert_subscriptions (created_at) where confirmed_at is null`.execute(db);
  await db.schema
    .createTable('alert_items')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('subscription_id', 'integer', (c) => c.notNull().references('alert_subscriptions.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('change_id', 'integer', (c) => c.notNull().references('project_changes.id').onDelete('cascade'))
    .addColumn('is_new', 'boolean', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('alert_items_once', ['subscription_id', 'change_id'])
    .execute();
  await db.schema
    .createTable('alert_scan')
    .addColumn('id', 'boolean', (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`id`),
    )
    .addColumn('last_change_id', 'integer', (c) => c.notNull())
    .execute();
  // Alerts start with the changes after this migration: the history before was never subscribed to.
  await sql`insert into alert_scan (id, last_change_id) select true, coalesce(max(id), 0) from project_changes`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('alert_scan').execute();
  await db.schema.dropTable('alert_items').execute();
  await db.schema.dropTable('alert_subscriptions').execute();
}
