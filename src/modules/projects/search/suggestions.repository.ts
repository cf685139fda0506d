// Search as you type when the in-memory index cannot answer (switched off, still building, deaf to
// changes): PostgreSQL looks for the typed words in the German titles.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { Project } from '../project.types.js';

/**
 * Published Vorhaben whose German title holds every typed word somewhere (any case; no stems, compound
 * parts or umlaut spellings, which only the index knows); titles that begin with what was typed first,
 * then the newest, as the index orders them.
 */
export async function suggestByTitle(db: Db, q: string, limit: number): Promise<Pick<Project, 'slug' | 'title'>[]> {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  const literal = (s: string) => s.replace(/[\\%_]/g, '\\$&');
  const title = sql<string>`projects.title->>'de'`;
  return db
    .selectFrom('projects')
    .select(['projects.slug', 'projects.title'])
    .where('projects.publication_state', '=', 'published')
    .where((eb) => eb.and(words.map((word) => eb(title, 'ilike', `%${literal(word)}%`))))
    .orderBy(sql`${title} ilike ${`${literal(q.trim())}%`}`, 'desc')
    .orderBy('projects.added_on', 'desc')
    .orderBy('projects.id', 'desc')
    .limit(limit)
    .execute();
}
