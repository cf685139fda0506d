// Columns that store a language (of a mail, of a contribution, of the answer to it) accepted only German,
// Danish and English. The interface languages are now those with a catalogue (src/i18n), so a language
// added by its translators must not need a migration: the columns check for a language code, and the
// application for an interface language.
import { type Kysely, sql } from 'kysely';

const columns = [
  ['users', 'locale'],
  ['partners', 'locale'],
  ['notices', 'text_language'],
  ['participation_requests', 'text_language'],
  ['ideas', 'text_language'],
  ['comments', 'text_language'],
  ['notices', 'weighing_language'],
  ['ideas', 'answer_language'],
  ['participation_requests', 'decision_language'],
] as const;

async function replaceCheck(db: Kysely<any>, table: string, column: string, condition: string): Promise<void> {
  // PostgreSQL named each check after its table and column when the column was added.
  await sql`alter table ${sql.table(table)} drop constraint if exists ${sql.id(`${table}_${column}_check`)}`.execute(db);
  await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_${column}_check`)} check (${sql.raw(condition)})`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, column] of columns) await replaceCheck(db, table, column, `${column} ~ '^[a-z]{2,3}$'`);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, column] of columns) {
    // A language added since cannot stay: mails fall back to German, a text's language becomes unknown.
    const fallback = column === 'locale' ? sql`'de'` : sql`null`;
    await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${fallback} where ${sql.ref(column)} not in ('de', 'da', 'en')`.execute(
      db,
    );
    await replaceCheck(db, table, column, `${column} in ('de', 'da', 'en')`);
  }
}
