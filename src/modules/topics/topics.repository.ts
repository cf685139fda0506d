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
  if (topics.length === 0) return [];
  return db
    .insertInto('topics')
    .values(topics.map((t) => ({ slug: t.slug, name: JSON.stringify(t.name) })))
    .returningAll()
    .execute();
}
