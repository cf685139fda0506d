// Retention periods need a date to count from: when a notice or a participation request was closed
// (released or hidden; accepted, rejected or hidden), so that an edit after closing does not restart
// the clock. An advisory case goes with the resident account that asked for it, also when a row is
// deleted outside the application. Partial indexes keep the daily purge queries to the rows they touch.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notices').addColumn('closed_at', 'timestamptz').execute();
  await sql`update notices set closed_at = coalesce(released_at, confirmed_at, created_at) where status in ('released', 'hidden')`.execute(
    db,
  );
  await sql`create index notices_author_retention_idx on notices (coalesce(closed_at, created_at)) where email is not null`.execute(db);

  await db.schema.alterTable('participation_requests').addColumn('closed_at', 'timestamptz').execute();
  await sql`update participation_requests set closed_at = updated_at where status in ('accepted', 'rejected', 'hidden')`.execute(db);
  await sql`create index participation_requests_author_retention_idx on participation_requests (coalesce(closed_at, updated_at)) where initiator_email is not null`.execute(
    db,
  );

  await sql`alter table advisory_cases drop constraint advisory_cases_resident_id_fkey`.execute(db);
  await sql`alter table advisory_cases add constraint advisory_cases_resident_id_fkey foreign key (resident_id) references residents (id) on delete cascade`.execute(
    db,
  );
  await sql`create index advisory_cases_resident_idx on advisory_cases (resident_id)`.execute(db);
  await sql`create index advisory_cases_retention_idx on advisory_cases (coalesce(closed_at, updated_at)) where not example`.execute(db);

  await sql`create index sessions_expires_idx on sessions (expires_at)`.execute(db);
  await sql`create index event_registrations_art9_idx on event_registrations (event_id) where accessibility_needs is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index event_registrations_art9_idx`.execute(db);
  await sql`drop index sessions_expires_idx`.execute(db);
  await sql`drop index advisory_cases_retention_idx`.execute(db);
  await sql`drop index advisory_cases_resident_idx`.execute(db);
  await sql`alter table advisory_cases drop constraint advisory_cases_resident_id_fkey`.execute(db);
  await sql`alter table advisory_cases add constraint advisory_cases_resident_id_fkey foreign key (resident_id) references residents (id) on delete set null`.execute(
    db,
  );
  await db.schema.alterTable('participation_requests').dropColumn('closed_at').execute();
  await db.schema.alterTable('notices').dropColumn('closed_at').execute();
}
