// SQL of introductions: the parties staff may introduce (listed partners, visible ideas with their
// author's address, published Vorhaben with their coordinators), the log of introductions and outcomes.
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { IntroductionsTable } from '../../db/schema.js';

/** A listed partner as the other side of an introduction. */
export const listedPartyPartner = (db: Db, slug: string) =>
  db
    .selectFrom('partners')
    .select(['id', 'name', 'contact_email', 'locale'])
    .where('slug', '=', slug)
    .where('hidden_at', 'is', null)
    .where('verified_at', 'is not', null)
    .executeTakeFirst();

/** The listed partner an introduction is for. */
export const listedIntroducedPartner = (db: Db, slug: string) =>
  db
    .selectFrom('partners')
    .select(['id', 'slug', 'name', 'contact_email', 'locale'])
    .where('slug', '=', slug)
    .where('hidden_at', 'is', null)
    .where('verified_at', 'is not', null)
    .executeTakeFirst();

/** A visible idea with its author's address (none when the author's account is gone). */
export const visibleIdeaWithAuthor = (db: Db, id: number) =>
  db
    .selectFrom('ideas as i')
    .innerJoin('participation_processes as pp', 'pp.id', 'i.process_id')
    .leftJoin('residents as r', 'r.id', 'i.resident_id')
    .select(['i.id', 'i.title', 'pp.slug as process', 'r.email', 'r.locale'])
    .where('i.id', '=', id)
    .where('i.hidden_at', 'is', null)
    .executeTakeFirst();

export const publishedProject = (db: Db, slug: string) =>
  db
    .selectFrom('projects')
    .select(['id', 'title'])
    .where('slug', '=', slug)
    .where('publication_state', '=', 'published')
    .executeTakeFirst();

/** The active coordinators of any of the Vorhaben's municipalities, each address once. */
export const coordinatorEmailsOfProject = (db: Db, projectId: number) =>
  db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .innerJoin('project_municipalities as pm', 'pm.municipality_id', 'r.municipality_id')
    .where('pm.project_id', '=', projectId)
    .where('r.role', '=', 'coordinator')
    .where('u.disabled_at', 'is', null)
    .select(['u.email', 'u.locale'])
    .distinct()
    .execute();

export async function insertIntroduction(db: Db, values: Insertable<IntroductionsTable>): Promise<number> {
  const { id } = await db.insertInto('introductions').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const introductionForUpdate = (trx: Db, id: number) =>
  trx.selectFrom('introductions').select(['id', 'outcome']).where('id', '=', id).forUpdate().executeTakeFirst();

export async function setOutcome(db: Db, id: number, outcome: string): Promise<void> {
  await db
    .updateTable('introductions')
    .set({ outcome, outcome_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** The latest introductions with both parties' names, for the agency's overview. */
export const latestIntroductions = (db: Db) =>
  db
    .selectFrom('introductions as i')
    .innerJoin('partners as pa', 'pa.id', 'i.partner_id')
    .leftJoin('partners as op', 'op.id', 'i.other_partner_id')
    .leftJoin('ideas as idea', 'idea.id', 'i.idea_id')
    .leftJoin('projects as p', 'p.id', 'i.project_id')
    .leftJoin('users as u', 'u.id', 'i.created_by')
    .select([
      'i.id',
      'i.note',
      'i.created_at',
      'i.outcome',
      'i.outcome_at',
      'pa.name as partner',
      'op.name as other_partner',
      'idea.title as idea',
      'p.title as project',
      'u.email as by',
    ])
    .orderBy('i.created_at', 'desc')
    .limit(200)
    .execute();
