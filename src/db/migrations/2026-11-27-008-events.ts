// Participation events (Beteiligungsveranstaltungen): the events with registration window, capacities
// on site and online, their topics and documentation files, and the registrations with their states
// (unconfirmed → confirmed or waiting → cancelled), attendance and the anonymisation after the event.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb')
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('onsite', 'online', 'hybrid')`))
    .addColumn('address', 'text')
    .addColumn('room', 'text')
    .addColumn('accessibility', 'jsonb')
    .addColumn('online_url', 'text')
    .addColumn('organiser_municipality_id', 'integer', (c) => c.references('municipalities.id'))
    .addColumn('organiser_organisation_id', 'integer', (c) => c.references('organisations.id'))
    .addColumn('project_id', 'integer', (c) => c.references('projects.id'))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`state in ('draft', 'published', 'cancelled')`),
    )
    .addColumn('cancel_reason', 'jsonb')
    .addColumn('registration_enabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('registration_opens_at', 'timestamptz')
    .addColumn('registration_closes_at', 'timestamptz')
    .addColumn('capacity_onsite', 'integer', (c) => c.check(sql`capacity_onsite >= 0`))
    .addColumn('capacity_online', 'integer', (c) => c.check(sql`capacity_online >= 0`))
    .addColumn('question', 'jsonb')
    .addColumn('reminder_hours', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(24)
        .check(sql`reminder_hours between 0 and 720`),
    )
    .addColumn('retention_days', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(30)
        .check(sql`retention_days between 0 and 3650`),
    )
    .addColumn('documentation', 'jsonb')
    // Raised on every change that calendars must pick up (RFC 5545 SEQUENCE).
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('events_time_order', sql`ends_at > starts_at`)
    .execute();
  await sql`create index events_calendar_idx on events (state, starts_at)`.execute(db);

  await db.schema
    .createTable('event_topics')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id'))
    .addPrimaryKeyConstraint('event_topics_pk', ['event_id', 'topic_id'])
    .execute();

  await db.schema
    .createTable('event_files')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('event_registrations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('onsite', 'online')`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('unconfirmed')
        .check(sql`status in ('unconfirmed', 'confirmed', 'waiting', 'cancelled')`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('accessibility_needs', 'text')
    .addColumn('answer', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
    .addColumn('confirm_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('manage_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('waiting_since', 'timestamptz')
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('attended_at', 'timestamptz')
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('anonymised_at', 'timestamptz')
    .execute();
  await sql`create index event_registrations_seats_idx on event_registrations (event_id, mode, status, waiting_since, id)`.execute(db);
  // One live registration per address and event.
  await sql`create unique index event_registrations_once_idx on event_registrations (event_id, lower(email))
    where status <> 'cancelled' and anonymised_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['event_registrations', 'event_files', 'event_topics', 'events']) await db.schema.dropTable(t).execute();
}
