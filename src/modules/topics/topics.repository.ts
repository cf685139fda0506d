// SQL for topics (Themen). Topics are a small open vocabulary: an import may add new ones.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { TopicRow } from '../../db/schema.js';
import type { LocalizedText } from '../../lib/localized.js';

export async function listTopics(db: Db): Promise<TopicRow[]> {
  return db
    .selectFrom('topics')
    .selectAll()
    .orderBy(sql`lower(name->>'de')`)
    .execute();
}

export async function insertTopics(db: Db, topics: { slug: string; name: LocalizedText }[]): Promise<TopicRow[]> {
  const rows: TopicRow[] = [];
  // In parts: a file may name more topics than one statement can bind (65,535 parameters, two per topic).
  for (let i = 0; i < topics.length; i += 5000) {
    const part = topics.slice(i, i + 5000).map((t) => ({ slug: t.slug, name: JSON.stringify(t.name) }));
    rows.push(...(await db.insertInto('topics').values(part).returningAll().execute()));
  }
  return rows;
}
