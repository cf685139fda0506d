// SQL for choosing a new Vorhaben's slug: the lock that serialises creations and the slugs in use.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** Serialises the creation of Vorhaben until the transaction ends, so that two cannot take one slug. */
export async function lockProjectSlugs(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('lotse.projects.slug'))`.execute(db);
}

/** The slugs in use that start with `base`. */
export async function slugsStartingWith(db: Db, base: string): Promise<string[]> {
  return (await db.selectFrom('projects').select('slug').where('slug', 'like', `${base}%`).execute()).map((r) => r.slug);
}
