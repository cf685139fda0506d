// Council information from OParl: per municipality the council system's address, its body and how its
// references look; the papers, meetings, organisations, agenda items, consultations and files read from
// it (each keyed by its OParl id URL within the municipality, so two municipalities on one server never
// overwrite each other's rows; objects the server marks deleted stay, marked); the sync runs with their
// counts, faults and the next page per list (to resume); and per decision of a Vorhaben its paper, or a
// web address typed by hand where the council system has no OParl.
// Frozen in time: written against Kysely<any>, never importing application code.
import { type Kysely, sql } from 'kysely';

const objectTables = [
  'council_organizations',
  'council_meetings',
  'council_papers',
  'council_agenda_items',
  'council_consultations',
  'council_files',
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('council_settings')
    .addColumn('municipality_id', 'integer', (c) => c.primaryKey().references('municipalities.id').onDelete('cascade'))
    .addColumn('system_url', 'text')
    .addColumn('body_url', 'text')
    .addColumn('body_name', 'text')
    .addColumn('reference_pattern', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  for (const table of objectTables) {
    let create = db.schema
      .createTable(table)
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('municipality_id', 'integer', (c) => c.notNull().references('municipalities.id').onDelete('cascade'))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('modified', 'timestamptz')
      .addColumn('deleted', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('synced_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`));
    switch (table) {
      case 'council_organizations':
        create = create
          .addColumn('name', 'text')
          .addColumn('short_name', 'text')
          .addColumn('organization_type', 'text')
          .addColumn('classification', 'text')
          .addColumn('web', 'text');
        break;
      case 'council_meetings':
        create = create
          .addColumn('name', 'text')
          .addColumn('start_at', 'timestamptz')
          .addColumn('end_at', 'timestamptz')
          .addColumn('web', 'text')
          .addColumn('organization_urls', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
          .addColumn('cancelled', 'boolean', (c) => c.notNull().defaultTo(false));
        break;
      case 'council_papers':
        create = create
          .addColumn('body_url', 'text')
          .addColumn('name', 'text')
          .addColumn('reference', 'text')
          .addColumn('paper_type', 'text')
          .addColumn('date', 'date')
          .addColumn('web', 'text');
        break;
      case 'council_agenda_items':
        create = create
          .addColumn('meeting_url', 'text')
          .addColumn('position', 'integer')
          .addColumn('number', 'text')
          .addColumn('name', 'text')
          .addColumn('result', 'text')
          .addColumn('public', 'boolean')
          .addColumn('consultation_url', 'text');
        break;
      case 'council_consultations':
        create = create
          .addColumn('paper_url', 'text')
          .addColumn('meeting_url', 'text')
          .addColumn('agenda_item_url', 'text')
          .addColumn('organization_urls', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
          .addColumn('role', 'text')
          .addColumn('authoritative', 'boolean');
        break;
      case 'council_files':
        create = create
          .addColumn('paper_url', 'text')
          .addColumn('agenda_item_url', 'text')
          .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('main', 'auxiliary', 'resolution')`))
          .addColumn('name', 'text')
          .addColumn('mime_type', 'text')
          .addColumn('access_url', 'text')
          .addColumn('download_url', 'text')
          .addColumn('date', 'date');
        break;
    }
    await create.addUniqueConstraint(`${table}_url_key`, ['municipality_id', 'url']).execute();
  }
  // The links between objects are their URLs (a consultation may name a meeting read later, or never);
  // these indexes serve the joins and the search for references still missing.
  await sql`create index council_papers_reference_idx on council_papers (municipality_id, reference) where not deleted`.execute(db);
  await sql`create index council_consultations_paper_idx on council_consultations (municipality_id, paper_url)`.execute(db);
  await sql`create index council_consultations_meeting_idx on council_consultations (municipality_id, meeting_url)`.execute(db);
  await sql`create index council_agenda_items_meeting_idx on council_agenda_items (municipality_id, meeting_url)`.execute(db);
  await sql`create index council_files_paper_idx on council_files (municipality_id, paper_url)`.execute(db);

  await db.schema
    .createTable('council_sync_runs')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('municipality_id', 'integer', (c) => c.notNull().references('municipalities.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('full', 'incremental')`))
    .addColumn('since', 'timestamptz')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('heartbeat_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('running', 'succeeded', 'failed', 'interrupted')`))
    // Whether every page of every list was read: only then may the next run ask for changes since this one.
    .addColumn('complete', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('objects_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('objects_created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('objects_changed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('objects_deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('faults', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('fault_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decisions_matched', 'integer')
    .addColumn('decisions_unmatched', 'integer')
    .addColumn('resume', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('error', 'text')
    .execute();
  await sql`create index council_sync_runs_municipality_idx on council_sync_runs (municipality_id, started_at desc)`.execute(db);
  // One running sync per municipality: a second process that tries to start one fails on this index.
  await sql`create unique index council_sync_runs_one_running_idx on council_sync_runs (municipality_id) where status = 'running'`.execute(
    db,
  );

  await db.schema
    .alterTable('decisions')
    .addColumn('council_paper_id', 'integer', (c) => c.references('council_papers.id').onDelete('set null'))
    .addColumn('council_web_url', 'text')
    .execute();
  await sql`create index decisions_council_paper_idx on decisions (council_paper_id) where council_paper_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index decisions_council_paper_idx`.execute(db);
  await db.schema.alterTable('decisions').dropColumn('council_web_url').dropColumn('council_paper_id').execute();
  await db.schema.dropTable('council_sync_runs').execute();
  for (const table of [...objectTables].reverse()) await db.schema.dropTable(table).execute();
  await db.schema.dropTable('council_settings').execute();
}
