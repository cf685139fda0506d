// The partner directory: organisations and people who agreed to be listed. A signed-in resident enters a
// profile (with the consent to be listed) and edits it later; staff verify it before it is public and can
// hide it. The contact address is never shown: the contact form mails the partner.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { z } from 'zod';
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import { partnerKinds } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { Locale } from '../../lib/localized.js';
import { slugify } from '../../lib/slug.js';
import type { Actor } from '../../platform/actor.js';
import { hashToken } from '../../lib/token-hash.js';
import * as counters from '../../platform/rate-limit.repository.js';
import { recordAudit } from '../audit/index.js';
import type { Resident } from '../../platform/resident-session.js';
import { checkResidentWrite } from '../../platform/write-limits.js';
import { mayManageNetwork } from './network.policy.js';

const optional = (max: number) => z.string().trim().max(max).optional().transform((v) => v || null);
const list = z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean).slice(0, 20));

export const partnerBody = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(partnerKinds),
  description: z.string().trim().min(1).max(3000),
  offers: optional(1000),
  seeks: optional(1000),
  competencies: optional(500),
  municipality: optional(100),
  topics: list,
  website: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]).optional().transform((v) => v || null),
  contact_email: z.email().max(320),
  consent: z.literal('on'),
});
export type PartnerInput = z.infer<typeof partnerBody>;

export const contactBody = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  message: z.string().trim().min(1).max(3000),
  consent: z.literal('on'),
});

export interface DirectoryFilters {
  q?: string | undefined;
  kind?: string | undefined;
  municipality?: string | undefined;
  topic?: string | undefined;
}

/** Public columns only: the contact address and the managing account never leave the service. */
function listed(db: Db) {
  return db
    .selectFrom('partners as pa')
    .leftJoin('municipalities as m', 'm.id', 'pa.municipality_id')
    .where('pa.verified_at', 'is not', null)
    .where('pa.hidden_at', 'is', null)
    .select(['pa.id', 'pa.slug', 'pa.name', 'pa.kind', 'pa.description', 'pa.offers', 'pa.seeks', 'pa.competencies', 'pa.website', 'pa.example', 'm.slug as municipality_slug', 'm.name as municipality_name'])
    .select((eb) => jsonArrayFrom(eb.selectFrom('partner_topics as pt').innerJoin('topics as tp', 'tp.id', 'pt.topic_id').whereRef('pt.partner_id', '=', 'pa.id').select(['tp.slug', 'tp.name']).orderBy('tp.slug')).as('topics'));
}

export type ListedPartner = Awaited<ReturnType<ReturnType<typeof listed>['executeTakeFirstOrThrow']>>;

export async function directory(db: Db, filters: DirectoryFilters): Promise<ListedPartner[]> {
  let q = listed(db);
  if (filters.kind) q = q.where('pa.kind', '=', filters.kind as never);
  if (filters.municipality) q = q.where('m.slug', '=', filters.municipality);
  if (filters.topic) q = q.where((eb) => eb.exists(eb.selectFrom('partner_topics as pt').innerJoin('topics as tp', 'tp.id', 'pt.topic_id').whereRef('pt.partner_id', '=', 'pa.id').where('tp.slug', '=', filters.topic!)));
  if (filters.q) {
    const like = `%${filters.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`(pa.name || ' ' || pa.description || ' ' || coalesce(pa.offers, '') || ' ' || coalesce(pa.seeks, '') || ' ' || coalesce(pa.competencies, '')) ilike ${like}`);
  }
  return q.orderBy('pa.name').limit(500).execute();
}

export async function publicPartner(db: Db, slug: string) {
  const partner = await listed(db).where('pa.slug', '=', slug).executeTakeFirst();
  if (!partner) throw notFound('partner');
  const [projects, events] = await Promise.all([
    db.selectFrom('partner_projects as pp').innerJoin('projects as p', 'p.id', 'pp.project_id').where('pp.partner_id', '=', partner.id).where('p.publication_state', '=', 'published').select(['p.slug', 'p.title']).orderBy('p.slug').execute(),
    db.selectFrom('partner_events as pe').innerJoin('events as e', 'e.id', 'pe.event_id').where('pe.partner_id', '=', partner.id).where('e.state', '<>', 'draft').select(['e.slug', 'e.title', 'e.starts_at']).orderBy('e.starts_at').execute(),
  ]);
  return { partner, projects, events };
}

async function idsFor(trx: Db, input: PartnerInput) {
  const municipality = input.municipality ? await trx.selectFrom('municipalities').select('id').where('slug', '=', input.municipality).executeTakeFirst() : null;
  if (input.municipality && !municipality) throw new AppError(400, 'unknown_municipality', 'network.error.municipality');
  const topics = input.topics.length ? await trx.selectFrom('topics').select('id').where('slug', 'in', input.topics).execute() : [];
  if (topics.length !== new Set(input.topics).size) throw new AppError(400, 'unknown_topic', 'ideas.error.topic');
  return { municipalityId: municipality?.id ?? null, topicIds: topics.map((t) => t.id) };
}

const columns = (input: PartnerInput, municipalityId: number | null) => ({
  name: input.name,
  kind: input.kind,
  description: input.description,
  offers: input.offers,
  seeks: input.seeks,
  competencies: input.competencies,
  municipality_id: municipalityId,
  website: input.website,
  contact_email: input.contact_email.toLowerCase(),
});

async function writeTopics(trx: Db, partnerId: number, topicIds: number[]) {
  await trx.deleteFrom('partner_topics').where('partner_id', '=', partnerId).execute();
  if (topicIds.length) await trx.insertInto('partner_topics').values(topicIds.map((topic_id) => ({ partner_id: partnerId, topic_id }))).execute();
}

/** A resident enters a partner profile; it waits for verification, and the agency is told. */
export async function registerPartner(db: Db, resident: Resident, input: PartnerInput, client: string, baseUrl: string): Promise<string> {
  await checkResidentWrite(db, resident, client);
  return db.transaction().execute(async (trx) => {
    const { municipalityId, topicIds } = await idsFor(trx, input);
    await sql`select pg_advisory_xact_lock(hashtext('lotse.partners.slug'))`.execute(trx);
    const base = slugify(input.name) || 'partner';
    const taken = new Set((await trx.selectFrom('partners').select('slug').where('slug', 'like', `${base}%`).execute()).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug) || ['neu', 'mein-profil'].includes(slug); n++) slug = `${base}-${n}`;
    const { id } = await trx
      .insertInto('partners')
      .values({ ...columns(input, municipalityId), slug, resident_id: resident.id, consented_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeTopics(trx, id, topicIds);
    await askAgencyToVerify(trx, slug, input.name, baseUrl);
    return slug;
  });
}

/** Mails the agency that a profile waits for its verification. */
async function askAgencyToVerify(trx: Db, slug: string, name: string, baseUrl: string): Promise<void> {
  const agency = await trx.selectFrom('users as u').innerJoin('user_roles as r', 'r.user_id', 'u.id').where('r.role', '=', 'agency').where('u.disabled_at', 'is', null).select('u.email').distinct().execute();
  for (const { email } of agency)
    await enqueue(trx, 'send_mail', { to: email, subject: t('de', 'network.mail.newPartner.subject', { name }), text: t('de', 'network.mail.newPartner.text', { name, link: `${baseUrl}/de/verwaltung/netzwerk/partner/${slug}` }) });
}

/** The partner profiles a resident manages, with every field, for their data export. */
export async function partnerData(db: Db, residentId: number) {
  return db.selectFrom('partners').select(['slug', 'name', 'kind', 'description', 'offers', 'seeks', 'competencies', 'website', 'contact_email', 'consented_at', 'verified_at', 'created_at', 'updated_at']).where('resident_id', '=', residentId).orderBy('id').execute();
}

export async function ownPartners(db: Db, residentId: number) {
  return db.selectFrom('partners').select(['slug', 'name', 'verified_at', 'hidden_at']).where('resident_id', '=', residentId).orderBy('name').execute();
}

/** The full profile for its editor: the managing resident, or staff who manage the network. */
export async function editablePartner(db: Db, slug: string, who: { resident?: Resident | null; actor?: Actor | null }) {
  const partner = await db.selectFrom('partners').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!partner) throw notFound('partner');
  const mine = who.resident && partner.resident_id === who.resident.id;
  if (!mine && !(who.actor && mayManageNetwork(who.actor))) throw forbidden();
  const topics = await db.selectFrom('partner_topics as pt').innerJoin('topics as tp', 'tp.id', 'pt.topic_id').where('pt.partner_id', '=', partner.id).select('tp.slug').execute();
  const municipality = partner.municipality_id ? await db.selectFrom('municipalities').select('slug').where('id', '=', partner.municipality_id).executeTakeFirst() : undefined;
  return { ...partner, topicSlugs: topics.map((t) => t.slug), municipalitySlug: municipality?.slug ?? '' };
}

/** The partner changes their own profile; it stays listed, and staff see that it changed since verification. */
/**
 * The owner's changes to a profile: what the agency verified no longer stands, so the profile leaves
 * the directory until it is verified again, and the agency is asked to.
 */
export async function updateOwnPartner(db: Db, resident: Resident, slug: string, input: PartnerInput, client: string, baseUrl: string): Promise<void> {
  const partner = await editablePartner(db, slug, { resident });
  await checkResidentWrite(db, resident, client);
  await db.transaction().execute(async (trx) => {
    const { municipalityId, topicIds } = await idsFor(trx, input);
    await trx.updateTable('partners').set({ ...columns(input, municipalityId), consented_at: new Date(), verified_at: null, verified_by: null, updated_at: sql`now()` }).where('id', '=', partner.id).execute();
    await writeTopics(trx, partner.id, topicIds);
    await askAgencyToVerify(trx, slug, input.name, baseUrl);
    await notifyChange(trx);
  });
}

/**
 * Withdraws partner profiles (consent withdrawn, or the managing account deleted): they leave the
 * directory and keep no personal data; the row stays for the introductions that name it.
 */
export async function withdrawPartners(trx: Db, residentId: number, slug?: string): Promise<number> {
  let q = trx
    .updateTable('partners')
    .set({ hidden_at: sql`coalesce(hidden_at, now())`, name: 'Zurückgezogener Eintrag', description: '', offers: null, seeks: null, competencies: null, website: null, contact_email: '', resident_id: null, updated_at: sql`now()` })
    .where('resident_id', '=', residentId);
  if (slug) q = q.where('slug', '=', slug);
  const withdrawn = (await q.returning('id').execute()).map((r) => r.id);
  if (withdrawn.length) await trx.deleteFrom('partner_topics').where('partner_id', 'in', withdrawn).execute();
  await notifyChange(trx);
  return withdrawn.length;
}

export async function staffPartners(db: Db, actor: Actor) {
  if (!mayManageNetwork(actor)) throw forbidden();
  return db
    .selectFrom('partners as pa')
    .leftJoin('municipalities as m', 'm.id', 'pa.municipality_id')
    .select(['pa.id', 'pa.slug', 'pa.name', 'pa.kind', 'pa.verified_at', 'pa.hidden_at', 'pa.updated_at', 'pa.example', 'm.name as municipality_name'])
    .select(sql<boolean>`pa.verified_at is not null and pa.updated_at > pa.verified_at`.as('changed_since_verification'))
    .orderBy(sql`pa.verified_at is null`, 'desc')
    .orderBy('pa.name')
    .limit(1000)
    .execute();
}

/** Staff verify, hide or show a partner, and set the Vorhaben and events the partner takes part in. */
export async function reviewPartner(db: Db, actor: Actor, slug: string, action: { verify?: boolean; hidden?: boolean; projects?: string[]; events?: string[] }): Promise<void> {
  if (!mayManageNetwork(actor)) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const partner = await trx.selectFrom('partners').select(['id', 'name', 'verified_at', 'hidden_at']).where('slug', '=', slug).forUpdate().executeTakeFirst();
    if (!partner) throw notFound('partner');
    const set: Record<string, unknown> = {};
    if (action.verify) Object.assign(set, { verified_at: sql`now()`, verified_by: actor.kind === 'staff' ? actor.id : null, updated_at: sql`now()` });
    if (action.hidden !== undefined && action.hidden !== (partner.hidden_at !== null)) set.hidden_at = action.hidden ? sql`now()` : null;
    if (Object.keys(set).length) await trx.updateTable('partners').set(set).where('id', '=', partner.id).execute();
    if (action.projects) {
      const projects = action.projects.length ? await trx.selectFrom('projects').select('id').where('slug', 'in', action.projects).execute() : [];
      if (projects.length !== new Set(action.projects).size) throw new AppError(400, 'unknown_project', 'events.error.project');
      await trx.deleteFrom('partner_projects').where('partner_id', '=', partner.id).execute();
      if (projects.length) await trx.insertInto('partner_projects').values(projects.map((p) => ({ partner_id: partner.id, project_id: p.id }))).execute();
    }
    if (action.events) {
      const events = action.events.length ? await trx.selectFrom('events').select('id').where('slug', 'in', action.events).execute() : [];
      if (events.length !== new Set(action.events).size) throw new AppError(400, 'unknown_event', 'network.error.event');
      await trx.deleteFrom('partner_events').where('partner_id', '=', partner.id).execute();
      if (events.length) await trx.insertInto('partner_events').values(events.map((e) => ({ partner_id: partner.id, event_id: e.id }))).execute();
    }
    await recordAudit(trx, actor, { action: 'partner.review', entityType: 'partner', entityId: slug, summary: partner.name, before: { verified: partner.verified_at !== null, hidden: partner.hidden_at !== null }, after: action });
    await notifyChange(trx);
  });
}

export async function partnerLinks(db: Db, partnerId: number) {
  const [projects, events] = await Promise.all([
    db.selectFrom('partner_projects as pp').innerJoin('projects as p', 'p.id', 'pp.project_id').where('pp.partner_id', '=', partnerId).select('p.slug').orderBy('p.slug').execute(),
    db.selectFrom('partner_events as pe').innerJoin('events as e', 'e.id', 'pe.event_id').where('pe.partner_id', '=', partnerId).select('e.slug').orderBy('e.slug').execute(),
  ]);
  return { projects: projects.map((p) => p.slug), events: events.map((e) => e.slug) };
}

/** Mails the partner a visitor's message; the visitor never learns the partner's address, nor the reverse until they answer. */
export async function contactPartner(db: Db, slug: string, input: z.infer<typeof contactBody>, client: string, locale: Locale): Promise<'sent' | 'limited'> {
  const partner = await db.selectFrom('partners').select(['id', 'name', 'contact_email']).where('slug', '=', slug).where('verified_at', 'is not', null).where('hidden_at', 'is', null).executeTakeFirst();
  if (!partner) throw notFound('partner');
  const [byClient, byAddress] = await Promise.all([
    counters.recordFailure(db, `partner-contact-client:${hashToken(client)}`, 15),
    counters.recordFailure(db, `partner-contact-address:${hashToken(input.email.toLowerCase())}`, 15),
  ]);
  if (byClient > 10 || byAddress > 5) return 'limited';
  await db.transaction().execute(async (trx) => {
    await enqueue(trx, 'send_mail', {
      to: partner.contact_email,
      subject: t('de', 'network.mail.contact.subject', { name: input.name }),
      text: t('de', 'network.mail.contact.text', { partner: partner.name, name: input.name, email: input.email, message: input.message }),
    });
  });
  return 'sent';
}
