// A Vorhaben's version snapshot and its audit entry are JSON documents of 2–4 KB, just above the row size
// from which PostgreSQL compresses (about 2 KB). Compressing them took a tenth of PostgreSQL's time in an
// import (pglz: 0.5 s of CPU for 10,000 Vorhaben) to halve documents that are written once and read
// rarely. Rows up to 4 KB are now stored as they are (about 1.1 KB more per snapshot and audit entry of a
// typical Vorhaben); larger ones are still compressed. Applies to rows written from now on.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table project_versions set (toast_tuple_target = 4096)`.execute(db);
  await sql`alter table audit_log set (toast_tuple_target = 4096)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log reset (toast_tuple_target)`.execute(db);
  await sql`alter table project_versions reset (toast_tuple_target)`.execute(db);
}
