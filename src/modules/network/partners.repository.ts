// SQL of the partner directory: the public listing, profiles with their topics, the Vorhaben and events
// partners take part in, and the writes of registering, editing, reviewing and withdrawing a profile.
import { type Insertable, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import type { PartnersTable } from '../../db/schema.js';

export interface DirectoryFilters {
  q?: string | undefined;
  kind?: string | undefined;
  municipality?: string | undefined;
  topic?: string | undefined;
}

/** Public columns only: the contact address and the managing account are never listed. */
function listed(db: Db) {
  return db
    .selectFrom('partners as pa')
    .leftJoin('municipalities as m', 'm.id', 'pa.municipality_id')
    .where('pa.verified_at', 'is not', null)
    .where('pa.hidden_at', 'is', null)
    .select([
      'pa.id',
      'pa.slug',
      'pa.name',
      'pa.kind',
      'pa.description',
      'pa.offers',
      'pa.seeks',
      'pa.competencies',
      'pa.website',
      'pa.example',
      'm.slug as municipality_slug',
      'm.name as municipality_name',
    ])
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('partner_topics as pt')
          .innerJoin('topics as tp', 'tp.id', 'pt.topic_id')
          .whereRef('pt.partner_id', '=', 'pa.id')
          .select(['tp.slug', 'tp.name'])
          .orderBy('tp.slug'),
      ).as('topics'),
    );
}

export type ListedPartner = Awaited<ReturnType<ReturnType<typeof listed>['executeTakeFirstOrThrow']>>;

export async function listedPartners(db: Db, filters: DirectoryFilters): Promise<ListedPartner[]> {
  let q = listed(db);
  if (filters.kind) q = q.where('pa.kind', '=', filters.kind as never);
  if (filters.municipality) q = q.where('m.slug', '=', filters.municipality);
  if (filters.topic)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('partner_topics as pt')
          .innerJoin('topics as tp', 'tp.id', 'pt.topic_id')
          .whereRef('pt.partner_id', '=', 'pa.id')
          .where('tp.slug', '=', filters.topic!),
      ),
    );
  if (filters.q) {
    const like = `%${filters.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where(
      sql<boolean>`(pa.name || ' ' || pa.description || ' ' || coalesce(pa.offers, '') || ' ' || coalesce(pa.seeks, '') || ' ' || coalesce(pa.competencies, '')) ilike ${like}`,
    );
  }
  return q.orderBy('pa.name').limit(500).execute();
}

export const listedPartner = (db: Db, slug: string) => listed(db).where('pa.slug', '=', slug).executeTakeFirst();

export const publishedProjectsOf = (db: Db, partnerId: number) =>
  db
    .selectFrom('partner_projects as pp')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .where('pp.partner_id', '=', partnerId)
    .where('p.publication_state', '=', 'published')
    .select(['p.slug', 'p.title'])
    .orderBy('p.slug')
    .execute();

/** Callers pass at least one id: `in ()` is no SQL. */
export const publishedProjectsOfPartners = (db: Db, partnerIds: number[]) =>
  db
    .selectFrom('partner_projects as pp')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .where('pp.partner_id', 'in', partnerIds)
    .where('p.publication_state', '=', 'published')
    .select(['pp.partner_id', 'p.slug'])
    .execute();

export const announcedEventsOf = (db: Db, partnerId: number) =>
  db
    .selectFrom('partner_events as pe')
    .innerJoin('events as e', 'e.id', 'pe.event_id')
    .where('pe.partner_id', '=', partnerId)
    .where('e.state', '<>', 'draft')
    .select(['e.slug', 'e.title', 'e.starts_at'])
    .orderBy('e.starts_at')
    .execute();

/** Every linked Vorhaben and event, whatever its state, for the back office's review form. */
export const projectSlugsOf = (db: Db, partnerId: number) =>
  db
    .selectFrom('partner_projects as pp')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .where('pp.partner_id', '=', partnerId)
    .select('p.slug')
    .orderBy('p.slug')
    .execute();

export const eventSlugsOf = (db: Db, partnerId: number) =>
  db
    .selectFrom('partner_events as pe')
    .innerJoin('events as e', 'e.id', 'pe.event_id')
    .where('pe.partner_id', '=', partnerId)
    .select('e.slug')
    .orderBy('e.slug')
    .execute();

// ---- Profiles ----

/** Makes concurrent registrations choose their slugs one after the other, until the transaction ends. */
export async function lockSlugs(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('lotse.partners.slug'))`.execute(trx);
}

export async function slugsStartingWith(db: Db, base: string): Promise<string[]> {
  return (await db.selectFrom('partners').select('slug').where('slug', 'like', `${base}%`).execute()).map((r) => r.slug);
}

export async function insertPartner(db: Db, values: Insertable<PartnersTable>): Promise<number> {
  const { id } = await db.insertInto('partners').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The fields the partner fills in. */
export type PartnerProfile = Pick<
  Insertable<PartnersTable>,
  'name' | 'kind' | 'description' | 'offers' | 'seeks' | 'competencies' | 'municipality_id' | 'website' | 'contact_email' | 'locale'
>;

/** The owner's edit renews the consent and takes back the verification. */
export async function updateProfile(db: Db, partnerId: number, profile: PartnerProfile): Promise<void> {
  await db
    .updateTable('partners')
    .set({ ...profile, consented_at: new Date(), verified_at: null, verified_by: null, updated_at: sql`now()` })
    .where('id', '=', partnerId)
    .execute();
}

export async function replaceTopics(db: Db, partnerId: number, topicIds: number[]): Promise<void> {
  await db.deleteFrom('partner_topics').where('partner_id', '=', partnerId).execute();
  if (topicIds.length)
    await db
      .insertInto('partner_topics')
      .values(topicIds.map((topic_id) => ({ partner_id: partnerId, topic_id })))
      .execute();
}

export const partnerBySlug = (db: Db, slug: string) => db.selectFrom('partners').selectAll().where('slug', '=', slug).executeTakeFirst();

export const topicSlugsOf = (db: Db, partnerId: number) =>
  db
    .selectFrom('partner_topics as pt')
    .innerJoin('topics as tp', 'tp.id', 'pt.topic_id')
    .where('pt.partner_id', '=', partnerId)
    .select('tp.slug')
    .execute();

/** Every field of the profiles a resident manages, for their data export. */
export const profilesOfResident = (db: Db, residentId: number) =>
  db
    .selectFrom('partners')
    .select([
      'slug',
      'name',
      'kind',
      'description',
      'offers',
      'seeks',
      'competencies',
      'website',
      'contact_email',
      'consented_at',
      'verified_at',
      'created_at',
      'updated_at',
    ])
    .where('resident_id', '=', residentId)
    .orderBy('id')
    .execute();

export const partnersOfResident = (db: Db, residentId: number) =>
  db
    .selectFrom('partners')
    .select(['slug', 'name', 'verified_at', 'hidden_at'])
    .where('resident_id', '=', residentId)
    .orderBy('name')
    .execute();

/** Hides the resident's profiles (or the one named) and blanks their personal data; the rows stay for the introductions that name them. */
export async function blankProfilesOf(db: Db, residentId: number, slug?: string): Promise<number[]> {
  let q = db
    .updateTable('partners')
    .set({
      hidden_at: sql`coalesce(hidden_at, now())`,
      name: 'Zurückgezogener Eintrag',
      description: '',
      offers: null,
      seeks: null,
      competencies: null,
      website: null,
      contact_email: '',
      resident_id: null,
      updated_at: sql`now()`,
    })
    .where('resident_id', '=', residentId);
  if (slug) q = q.where('slug', '=', slug);
  return (await q.returning('id').execute()).map((r) => r.id);
}

/** Callers pass at least one id: `in ()` is no SQL. */
export async function deleteTopicsOfPartners(db: Db, partnerIds: number[]): Promise<void> {
  await db.deleteFrom('partner_topics').where('partner_id', 'in', partnerIds).execute();
}

/** A listed partner's address for the contact form. */
export const listedContact = (db: Db, slug: string) =>
  db
    .selectFrom('partners')
    .select(['id', 'name', 'contact_email', 'locale'])
    .where('slug', '=', slug)
    .where('verified_at', 'is not', null)
    .where('hidden_at', 'is', null)
    .executeTakeFirst();

// ---- Back office ----

export const staffList = (db: Db) =>
  db
    .selectFrom('partners as pa')
    .leftJoin('municipalities as m', 'm.id', 'pa.municipality_id')
    .select([
      'pa.id',
      'pa.slug',
      'pa.name',
      'pa.kind',
      'pa.verified_at',
      'pa.hidden_at',
      'pa.updated_at',
      'pa.example',
      'm.name as municipality_name',
    ])
    .select(sql<boolean>`pa.verified_at is not null and pa.updated_at > pa.verified_at`.as('changed_since_verification'))
    .orderBy(sql`pa.verified_at is null`, 'desc')
    .orderBy('pa.name')
    .limit(1000)
    .execute();

export const partnerForReview = (trx: Db, slug: string) =>
  trx.selectFrom('partners').select(['id', 'name', 'verified_at', 'hidden_at']).where('slug', '=', slug).forUpdate().executeTakeFirst();

/** Staff's verdict: `verifiedBy` set verifies the profile now (by that account, or none), `hidden` hides or shows it. */
export async function setReview(trx: Db, partnerId: number, review: { verifiedBy?: number | null; hidden?: boolean }): Promise<void> {
  const set: Record<string, unknown> = {};
  if (review.verifiedBy !== undefined)
    Object.assign(set, { verified_at: sql`now()`, verified_by: review.verifiedBy, updated_at: sql`now()` });
  if (review.hidden !== undefined) set.hidden_at = review.hidden ? sql`now()` : null;
  if (Object.keys(set).length) await trx.updateTable('partners').set(set).where('id', '=', partnerId).execute();
}

export async function replaceProjects(trx: Db, partnerId: number, projectIds: number[]): Promise<void> {
  await trx.deleteFrom('partner_projects').where('partner_id', '=', partnerId).execute();
  if (projectIds.length)
    await trx
      .insertInto('partner_projects')
      .values(projectIds.map((project_id) => ({ partner_id: partnerId, project_id })))
      .execute();
}

export async function replaceEvents(trx: Db, partnerId: number, eventIds: number[]): Promise<void> {
  await trx.deleteFrom('partner_events').where('partner_id', '=', partnerId).execute();
  if (eventIds.length)
    await trx
      .insertInto('partner_events')
      .values(eventIds.map((event_id) => ({ partner_id: partnerId, event_id })))
      .execute();
}

/** Listed partners per topic, most first, for the agency's overview. */
export const listedCountByTopic = (db: Db) =>
  db
    .selectFrom('topics as tp')
    .innerJoin('partner_topics as pt', 'pt.topic_id', 'tp.id')
    .innerJoin('partners as pa', 'pa.id', 'pt.partner_id')
    .where('pa.verified_at', 'is not', null)
    .where('pa.hidden_at', 'is', null)
    .groupBy(['tp.id', 'tp.name'])
    .select(['tp.name', sql<number>`count(*)::int`.as('n')])
    .orderBy('n', 'desc')
    .execute();

/** Listed partners per municipality (none counts as one), most first. */
export const listedCountByMunicipality = (db: Db) =>
  db
    .selectFrom('partners as pa')
    .leftJoin('municipalities as m', 'm.id', 'pa.municipality_id')
    .where('pa.verified_at', 'is not', null)
    .where('pa.hidden_at', 'is', null)
    .groupBy('m.name')
    .select(['m.name', sql<number>`count(*)::int`.as('n')])
    .orderBy('n', 'desc')
    .execute();
