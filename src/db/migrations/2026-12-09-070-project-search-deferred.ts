// A Vorhaben's full-text columns (German stems for PostgreSQL's search, lower-case text for the trigram
// index) were generated columns: computed in the statement that writes the Vorhaben. For a large import
// that is three quarters of PostgreSQL's work (stemming 10,000 texts and 15 million trigram entries), and
// the register does not need them: it searches its own index in each process. A trigger now computes them
// as before, unless the import's transaction asked to leave them empty (`lotse.defer_project_search`);
// a job fills those in right after the import commits (projects/search-columns.service.ts).
import { type Kysely, sql } from 'kysely';

const searchVector = (p: string) => `
  setweight(to_tsvector('german', coalesce(${p}.title->>'de', '')), 'A')
  || setweight(to_tsvector('german', coalesce(${p}.description->>'de', '')), 'B')
  || setweight(to_tsvector('german',
       coalesce(${p}.goals->>'de', '') || ' ' || coalesce(${p}.status_text->>'de', '') || ' ' ||
       coalesce(${p}.next_steps->>'de', '') || ' ' || coalesce(${p}.participation_text->>'de', '') || ' ' ||
       coalesce(${p}.location_address, '') || ' ' || coalesce(${p}.decisions_text, '')), 'C')`;
const searchText = (p: string) => `lower(coalesce(${p}.title->>'de', '') || ' ' || coalesce(${p}.description->>'de', ''))`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table projects alter column search drop expression`.execute(db);
  await sql`alter table projects alter column search_text drop expression`.execute(db);
  await sql
    .raw(
      `create function projects_search_columns() returns trigger language plpgsql as $$
      begin
        if current_setting('lotse.defer_project_search', true) = 'on' then
          new.search := null;
          new.search_text := null;
        else
          new.search := ${searchVector('new')};
          new.search_text := ${searchText('new')};
        end if;
        return new;
      end $$`,
    )
    .execute(db);
  await sql`create trigger projects_search_columns before insert or update on projects
    for each row execute function projects_search_columns()`.execute(db);
  // The job finds the Vorhaben it has to fill in without reading the table (the index is empty otherwise).
  await sql`create index projects_search_unfilled_idx on projects (id) where search is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index projects_search_unfilled_idx`.execute(db);
  await sql`drop trigger projects_search_columns on projects`.execute(db);
  await sql`drop function projects_search_columns()`.execute(db);
  await sql`drop index projects_search_text_trgm_idx`.execute(db);
  await sql`drop index projects_search_idx`.execute(db);
  await sql`alter table projects drop column search, drop column search_text`.execute(db);
  await sql.raw(`alter table projects add column search tsvector generated always as (${searchVector('projects')}) stored`).execute(db);
  await sql.raw(`alter table projects add column search_text text generated always as (${searchText('projects')}) stored`).execute(db);
  await sql`create index projects_search_idx on projects using gin (search)`.execute(db);
  await sql`create index projects_search_text_trgm_idx on projects using gin (search_text gin_trgm_ops)`.execute(db);
}
