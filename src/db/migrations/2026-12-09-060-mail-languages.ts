// The language of a staff member's and a partner's e-mails. Their mails (finance reminders, reported
// comments, a quorum reached, advisory cases, new partners, contact and introductions) went out in German
// whoever received them; residents already had their own. Everybody starts with German, as before.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['users', 'partners']) {
    await db.schema
      .alterTable(table)
      .addColumn('locale', 'text', (c) =>
        c
          .notNull()
          .defaultTo('de')
          .check(sql`locale in ('de', 'da', 'en')`),
      )
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['partners', 'users']) await db.schema.alterTable(table).dropColumn('locale').execute();
}
