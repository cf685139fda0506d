// The public register: municipalities, topics, Vorhaben with decisions and change log, the programme.
// Frozen in time: written against Kysely<any>, never importing application code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('app_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('municipalities')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('city', 'district', 'municipality')`))
    .addColumn('aliases', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('decision_bodies', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('agency', 'partner')`))
    .addColumn('website', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('topics')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('projects')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb')
    .addColumn('goals', 'jsonb')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('unspecified'))
    .addColumn('status_text', 'jsonb')
    .addColumn('next_steps', 'jsonb')
    .addColumn('expected_duration', 'jsonb')
    .addColumn('decisions_text', 'text')
    .addColumn('costs_text', 'text')
    .addColumn('costs_amount_cents', 'bigint')
    .addColumn('costs_currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('costs_approximate', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('participation_formal', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('participation_informal', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('participation_text', 'jsonb')
    .addColumn('location_lat', 'double precision')
    .addColumn('location_lng', 'double precision')
    .addColumn('location_address', 'text')
    .addColumn('contact', 'text')
    .addColumn('links', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('further_info', 'jsonb')
    .addColumn('start_date', 'date')
    .addColumn('end_date', 'date')
    .addColumn('added_on', 'date', (c) => c.notNull().defaultTo(sql`current_date`))
    .addColumn('publication_state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`publication_state in ('draft', 'published', 'archived')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // German stemming ("Sensoren" finds "Sensor"); title weighs most, then description, then the rest.
    .addColumn('search', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(
          sql`
        setweight(to_tsvector('german', coalesce(title->>'de', '')), 'A') ||
        setweight(to_tsvector('german', coalesce(description->>'de', '')), 'B') ||
        setweight(to_tsvector('german', coalesce(goals->>'de', '') || ' ' || coalesce(status_text->>'de', '') || ' ' ||
          coalesce(next_steps->>'de', '') || ' ' || coalesce(participation_text->>'de', '') || ' ' ||
          coalesce(location_address, '') || ' ' || coalesce(decisions_text, '')), 'C')`,
        )
        .stored(),
    )
    .addCheckConstraint('projects_location_pair', sql`(location_lat is null) = (location_lng is null)`)
    .execute();
  await sql`create index projects_search_idx on projects using gin (search)`.execute(db);
  await sql`create index projects_listing_idx on projects (publication_state, added_on desc, id desc)`.execute(db);
  await sql`create index projects_updated_idx on projects (updated_at, id)`.execute(db);
  await sql`create index projects_status_idx on projects (status)`.execute(db);

  await db.schema
    .createTable('project_municipalities')
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('municipality_id', 'integer', (c) => c.notNull().references('municipalities.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_municipalities_pk', ['project_id', 'municipality_id'])
    .execute();
  await sql`create index project_municipalities_municipality_idx on project_municipalities (municipality_id, project_id)`.execute(db);

  await db.schema
    .createTable('project_topics')
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_topics_pk', ['project_id', 'topic_id'])
    .execute();
  await sql`create index project_topics_topic_idx on project_topics (topic_id, project_id)`.execute(db);

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('body', 'text')
    .addColumn('body_name', 'text')
    .addColumn('number', 'integer')
    .addColumn('year', 'integer')
    .addColumn('supplement', 'text')
    .addColumn('date', 'date')
    .execute();
  await sql`create index decisions_project_idx on decisions (project_id, position)`.execute(db);
  await sql`create index decisions_reference_idx on decisions (reference)`.execute(db);

  await db.schema
    .createTable('project_changes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('note', 'jsonb', (c) => c.notNull())
    .addColumn('fields', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();
  await sql`create index project_changes_project_idx on project_changes (project_id, version desc)`.execute(db);

  await db.schema
    .createTable('programmes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .addColumn('summary', 'jsonb')
    .addColumn('federal_funding_cents', 'bigint')
    .addColumn('federal_funding_source', 'text')
    .addColumn('federal_funding_as_of', 'date')
    .addColumn('starts_on', 'date')
    .addColumn('ends_on', 'date')
    .addColumn('agency_id', 'integer', (c) => c.references('organisations.id'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'programmes',
    'project_changes',
    'decisions',
    'project_topics',
    'project_municipalities',
    'projects',
    'topics',
    'organisations',
    'municipalities',
    'app_meta',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
