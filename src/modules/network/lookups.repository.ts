// Small lookups the network's services share: ids of municipalities, topics, Vorhaben and events named
// by slug in a form, and the addresses of the agency, which hears of every new profile and case.
import type { Db } from '../../db/database.js';

export const municipalityIdBySlug = (db: Db, slug: string) =>
  db.selectFrom('municipalities').select('id').where('slug', '=', slug).executeTakeFirst();

export const municipalitySlugById = (db: Db, id: number) =>
  db.selectFrom('municipalities').select('slug').where('id', '=', id).executeTakeFirst();

/** Every municipality for a form's choice, by name. */
export const municipalityOptions = (db: Db) => db.selectFrom('municipalities').select(['slug', 'name']).orderBy('name').execute();

export const topicIdBySlug = (db: Db, slug: string) => db.selectFrom('topics').select('id').where('slug', '=', slug).executeTakeFirst();

/** Callers pass at least one slug: `in ()` is no SQL. */
export const topicIdsBySlugs = (db: Db, slugs: string[]) => db.selectFrom('topics').select('id').where('slug', 'in', slugs).execute();

/** Callers pass at least one slug: `in ()` is no SQL. */
export const projectIdsBySlugs = (db: Db, slugs: string[]) => db.selectFrom('projects').select('id').where('slug', 'in', slugs).execute();

/** Callers pass at least one slug: `in ()` is no SQL. */
export const eventIdsBySlugs = (db: Db, slugs: string[]) => db.selectFrom('events').select('id').where('slug', 'in', slugs).execute();

/** The agency's active accounts, each address once. */
export const agencyEmails = (db: Db) =>
  db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .where('r.role', '=', 'agency')
    .where('u.disabled_at', 'is', null)
    .select(['u.email', 'u.locale'])
    .distinct()
    .execute();
