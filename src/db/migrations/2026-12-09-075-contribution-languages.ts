// The language a resident's notice, request, idea or comment is written in (confirmed by the writer on
// the form), and the language of the administration's response to a notice: pages mark each text with its
// `lang`, and staff answer and mail in it. Null for what was written before.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['notices', 'participation_requests', 'ideas', 'comments'])
    await sql`alter table ${sql.table(table)} add column text_language text check (text_language in ('de', 'da', 'en'))`.execute(db);
  await sql`alter table notices add column weighing_language text check (weighing_language in ('de', 'da', 'en'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table notices drop column weighing_language`.execute(db);
  for (const table of ['notices', 'participation_requests', 'ideas', 'comments'])
    await sql`alter table ${sql.table(table)} drop column text_language`.execute(db);
}
