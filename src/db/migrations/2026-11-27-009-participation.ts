// Residents' participation on a Vorhaben: notices (Hinweise) that staff weigh and release, and
// participation requests (Beteiligungsanregungen), informal or with a signature collection counted
// against the municipality's quorum. Signatures are never public and are deleted after a retention
// period set per municipality.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('municipalities')
    .addColumn('signature_retention_days', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(180)
        .check(sql`signature_retention_days between 1 and 3650`),
    )
    .execute();

  await db.schema
    .createTable('notices')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
    .addColumn('confirm_token_hash', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('unconfirmed')
        .check(sql`status in ('unconfirmed', 'received', 'released', 'hidden')`),
    )
    .addColumn('weighing', 'text')
    .addColumn('weighed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('released_at', 'timestamptz')
    .addColumn('anonymised_at', 'timestamptz')
    .execute();
  await sql`create index notices_project_idx on notices (project_id, status, released_at)`.execute(db);

  await db.schema
    .createTable('participation_requests')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('informal', 'signatures')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reasoning', 'text', (c) => c.notNull())
    .addColumn('initiator_name', 'text')
    .addColumn('initiator_email', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
    .addColumn('confirm_token_hash', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('unconfirmed')
        .check(sql`status in ('unconfirmed', 'received', 'quorum_reached', 'on_agenda', 'accepted', 'rejected', 'hidden')`),
    )
    // The municipality's quorum when the collection started: later changes do not move the goal.
    .addColumn('quorum', 'integer')
    .addColumn('signature_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('quorum_reached_at', 'timestamptz')
    .addColumn('agenda_reference', 'text')
    .addColumn('decision_text', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index participation_requests_project_idx on participation_requests (project_id, status)`.execute(db);

  await db.schema
    .createTable('signatures')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('request_id', 'integer', (c) => c.notNull().references('participation_requests.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('residence', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
    .addColumn('confirm_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('confirmed_at', 'timestamptz')
    .execute();
  // One counted signature per confirmed address and request.
  await sql`create unique index signatures_once_idx on signatures (request_id, lower(email)) where confirmed_at is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['signatures', 'participation_requests', 'notices']) await db.schema.dropTable(t).execute();
  await db.schema.alterTable('municipalities').dropColumn('signature_retention_days').execute();
}
