// The language staff answer a resident's idea in, and the language of the published reasons on a
// participation request (by default the language the resident wrote in): pages mark those texts with
// their `lang`, and the author's status mail goes out in it. Null for what was written before.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table ideas add column answer_language text check (answer_language in ('de', 'da', 'en'))`.execute(db);
  await sql`alter table participation_requests add column decision_language text check (decision_language in ('de', 'da', 'en'))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table participation_requests drop column decision_language`.execute(db);
  await sql`alter table ideas drop column answer_language`.execute(db);
}
