// A Vorhaben's summary in Leichte Sprache (German plain language, by the rules of the Netzwerk Leichte
// Sprache): written by staff, shown on its page behind a switch, in the API as `summaryPlain`.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table projects add column summary_plain text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table projects drop column summary_plain`.execute(db);
}
