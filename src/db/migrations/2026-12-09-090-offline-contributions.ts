// Ideas and comments gathered on paper or at an event and typed in by staff on behalf of participants:
// each carries its channel, the event it came from, the day it was given and, where the participant
// gave it, their municipality — never a name. Online contributions keep channel 'online'.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['ideas', 'comments']) {
    await sql`alter table ${sql.table(table)}
      add column channel text not null default 'online' check (channel in ('online', 'event', 'paper')),
      add column source_event_id integer references events (id) on delete set null,
      add column municipality_id integer references municipalities (id) on delete set null,
      add column contributed_on date,
      add column entered_by integer references users (id) on delete set null`.execute(db);
    // An offline contribution has its day; an online one has none (its time is created_at).
    await sql`alter table ${sql.table(table)} add constraint ${sql.raw(`${table}_offline_day`)}
      check ((channel = 'online') = (contributed_on is null))`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['ideas', 'comments'])
    await sql`alter table ${sql.table(table)}
      drop constraint ${sql.raw(`${table}_offline_day`)},
      drop column channel, drop column source_event_id, drop column municipality_id,
      drop column contributed_on, drop column entered_by`.execute(db);
}
