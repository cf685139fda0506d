// German compounds ("Bodensensoren", "Parkraumsensorik") are single words to the full-text search, so a
// search for "Sensoren" needs to find word stems inside words too: a trigram index makes that fast.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`
    alter table projects add column search_text text generated always as (
      lower(coalesce(title->>'de', '') || ' ' || coalesce(description->>'de', ''))
    ) stored`.execute(db);
  await sql`create index projects_search_text_trgm_idx on projects using gin (search_text gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index projects_search_text_trgm_idx`.execute(db);
  await sql`alter table projects drop column search_text`.execute(db);
}
