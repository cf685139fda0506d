// The condition "a title or a description German has lacks its Danish or English version", shared by the
// modules' queries for translation coverage (src/lib/translation-gaps.ts names the fields per language).
import { type RawBuilder, sql } from 'kysely';

const blank = (column: string, lang: string) => sql`coalesce(btrim(${sql.ref(column)}->>${sql.lit(lang)}), '') = ''`;

/** `alias`: the table's alias in the query; its `title` and `description` are `{ de, da?, en? }` jsonb. */
export function lacksTranslation(alias: string): RawBuilder<boolean> {
  const title = `${alias}.title`;
  const description = `${alias}.description`;
  return sql<boolean>`(${blank(title, 'da')} or ${blank(title, 'en')} or (not ${blank(description, 'de')} and (${blank(description, 'da')} or ${blank(description, 'en')})))`;
}
