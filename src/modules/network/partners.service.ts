// The partner directory: organisations and people who agreed to be listed. A signed-in resident enters a
// profile (with the consent to be listed) and edits it later; staff verify it before it is public and can
// hide it. The contact address is never shown: the contact form mails the partner.
import { z } from 'zod';
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import { partnerKinds } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import { localeOr, type Locale } from '../../lib/localized.js';
import { slugify } from '../../lib/slug.js';
import type { Actor } from '../../platform/actor.js';
import { hashToken } from '../../lib/token-hash.js';
import * as counters from '../../platform/rate-limit.repository.js';
import { recordAudit } from '../audit/index.js';
import type { Resident } from '../../platform/resident-session.js';
import { checkResidentWrite } from '../../platform/write-limits.js';
import * as lookups from './lookups.repository.js';
import { mayManageNetwork } from './network.policy.js';
import * as repo from './partners.repository.js';
import type { DirectoryFilters, PartnerProfile } from './partners.repository.js';
import {
  type PartnerPageView,
  type PartnerReviewView,
  type PartnerView,
  type StaffPartnerView,
  toPartnerPage,
  toPartnerReview,
  toPartnerView,
  toStaffPartner,
} from './partners.view-model.js';

export type { DirectoryFilters } from './partners.repository.js';
export type { PartnerPageView, PartnerReviewView, PartnerView, StaffPartnerView } from './partners.view-model.js';
/** The kinds of partner, for the directory's filter and the profile form. */
export { partnerKinds } from '../../db/schema.js';

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean).slice(0, 20));

export const partnerBody = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(partnerKinds),
  description: z.string().trim().min(1).max(3000),
  offers: optional(1000),
  seeks: optional(1000),
  competencies: optional(500),
  municipality: optional(100),
  topics: list,
  website: z
    .union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)])
    .optional()
    .transform((v) => v || null),
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

export async function directory(db: Db, filters: DirectoryFilters): Promise<PartnerView[]> {
  return (await repo.listedPartners(db, filters)).map(toPartnerView);
}

/** Every municipality, for the directory's filter and the profile form. */
export const municipalityOptions = (db: Db) => lookups.municipalityOptions(db);

export async function publicPartner(db: Db, slug: string): Promise<PartnerPageView> {
  const partner = await repo.listedPartner(db, slug);
  if (!partner) throw notFound('partner');
  const [projects, events] = await Promise.all([repo.publishedProjectsOf(db, partner.id), repo.announcedEventsOf(db, partner.id)]);
  return toPartnerPage(partner, projects, events);
}

/** The published Vorhaben of each listed partner, for the API's list (one query for the whole page). */
export async function publishedProjectLinks(db: Db, partnerIds: number[]): Promise<{ partnerId: number; slug: string }[]> {
  const rows = partnerIds.length ? await repo.publishedProjectsOfPartners(db, partnerIds) : [];
  return rows.map((r) => ({ partnerId: r.partner_id, slug: r.slug }));
}

async function idsFor(trx: Db, input: PartnerInput) {
  const municipality = input.municipality ? await lookups.municipalityIdBySlug(trx, input.municipality) : null;
  if (input.municipality && !municipality) throw new AppError(400, 'unknown_municipality', 'network.error.municipality');
  const topics = input.topics.length ? await lookups.topicIdsBySlugs(trx, input.topics) : [];
  if (topics.length !== new Set(input.topics).size) throw new AppError(400, 'unknown_topic', 'ideas.error.topic');
  return { municipalityId: municipality?.id ?? null, topicIds: topics.map((t) => t.id) };
}

// The language of the form the profile was saved in becomes the language of the partner's e-mails.
const columns = (input: PartnerInput, municipalityId: number | null, locale: Locale): PartnerProfile => ({
  name: input.name,
  kind: input.kind,
  description: input.description,
  offers: input.offers,
  seeks: input.seeks,
  competencies: input.competencies,
  municipality_id: municipalityId,
  website: input.website,
  contact_email: input.contact_email.toLowerCase(),
  locale,
});

/** A resident enters a partner profile; it waits for verification, and the agency is told. */
export async function registerPartner(
  db: Db,
  resident: Resident,
  input: PartnerInput,
  locale: Locale,
  client: string,
  baseUrl: string,
): Promise<string> {
  await checkResidentWrite(db, resident, client);
  return db.transaction().execute(async (trx) => {
    const { municipalityId, topicIds } = await idsFor(trx, input);
    await repo.lockSlugs(trx);
    const base = slugify(input.name) || 'partner';
    const taken = new Set(await repo.slugsStartingWith(trx, base));
    let slug = base;
    for (let n = 2; taken.has(slug) || ['neu', 'mein-profil'].includes(slug); n++) slug = `${base}-${n}`;
    const id = await repo.insertPartner(trx, {
      ...columns(input, municipalityId, locale),
      slug,
      resident_id: resident.id,
      consented_at: new Date(),
    });
    await repo.replaceTopics(trx, id, topicIds);
    await askAgencyToVerify(trx, slug, input.name, baseUrl);
    return slug;
  });
}

/** Mails the agency that a profile waits for its verification. */
async function askAgencyToVerify(trx: Db, slug: string, name: string, baseUrl: string): Promise<void> {
  const agency = await lookups.agencyEmails(trx);
  for (const { email, locale: stored } of agency) {
    const locale = localeOr(stored);
    await enqueue(trx, 'send_mail', {
      to: email,
      subject: t(locale, 'network.mail.newPartner.subject', { name }),
      text: t(locale, 'network.mail.newPartner.text', { name, link: `${baseUrl}/${locale}/verwaltung/netzwerk/partner/${slug}` }),
    });
  }
}

/** The partner profiles a resident manages, with every field, for their data export. */
export async function partnerData(db: Db, residentId: number) {
  return repo.profilesOfResident(db, residentId);
}

/** A resident's own partner profiles, as their account page lists them. */
export interface OwnPartnerView {
  slug: string;
  name: string;
  verified: boolean;
  hidden: boolean;
}

export async function ownPartners(db: Db, residentId: number): Promise<OwnPartnerView[]> {
  return (await repo.partnersOfResident(db, residentId)).map((p) => ({
    slug: p.slug,
    name: p.name,
    verified: p.verified_at !== null,
    hidden: p.hidden_at !== null,
  }));
}

/** The full profile for its editor: the managing resident, or staff who manage the network. */
export async function editablePartner(db: Db, slug: string, who: { resident?: Resident | null; actor?: Actor | null }) {
  const partner = await repo.partnerBySlug(db, slug);
  if (!partner) throw notFound('partner');
  const mine = who.resident && partner.resident_id === who.resident.id;
  if (!mine && !(who.actor && mayManageNetwork(who.actor))) throw forbidden();
  const topics = await repo.topicSlugsOf(db, partner.id);
  const municipality = partner.municipality_id ? await lookups.municipalitySlugById(db, partner.municipality_id) : undefined;
  return { ...partner, topicSlugs: topics.map((t) => t.slug), municipalitySlug: municipality?.slug ?? '' };
}

/** The partner changes their own profile; it stays listed, and staff see that it changed since verification. */
/**
 * The owner's changes to a profile: what the agency verified no longer stands, so the profile leaves
 * the directory until it is verified again, and the agency is asked to.
 */
export async function updateOwnPartner(
  db: Db,
  resident: Resident,
  slug: string,
  input: PartnerInput,
  locale: Locale,
  client: string,
  baseUrl: string,
): Promise<void> {
  const partner = await editablePartner(db, slug, { resident });
  await checkResidentWrite(db, resident, client);
  await db.transaction().execute(async (trx) => {
    const { municipalityId, topicIds } = await idsFor(trx, input);
    await repo.updateProfile(trx, partner.id, columns(input, municipalityId, locale));
    await repo.replaceTopics(trx, partner.id, topicIds);
    await askAgencyToVerify(trx, slug, input.name, baseUrl);
    await notifyChange(trx);
  });
}

/**
 * Withdraws partner profiles (consent withdrawn, or the managing account deleted): they leave the
 * directory and keep no personal data; the row stays for the introductions that name it.
 */
export async function withdrawPartners(trx: Db, residentId: number, slug?: string): Promise<number> {
  const withdrawn = await repo.blankProfilesOf(trx, residentId, slug);
  if (withdrawn.length) await repo.deleteTopicsOfPartners(trx, withdrawn);
  await notifyChange(trx);
  return withdrawn.length;
}

/** The resident withdraws one of their own profiles. */
export async function withdrawOwnPartner(db: Db, resident: Resident, slug: string): Promise<void> {
  await editablePartner(db, slug, { resident });
  await db.transaction().execute((trx) => withdrawPartners(trx, resident.id, slug));
}

export async function staffPartners(db: Db, actor: Actor): Promise<StaffPartnerView[]> {
  if (!mayManageNetwork(actor)) throw forbidden();
  return (await repo.staffList(db)).map(toStaffPartner);
}

/** A partner on its review page in the back office. */
export async function partnerForReview(db: Db, actor: Actor, slug: string): Promise<PartnerReviewView> {
  return toPartnerReview(await editablePartner(db, slug, { actor }));
}

/** Staff verify, hide or show a partner, and set the Vorhaben and events the partner takes part in. */
export async function reviewPartner(
  db: Db,
  actor: Actor,
  slug: string,
  action: { verify?: boolean; hidden?: boolean; projects?: string[]; events?: string[] },
): Promise<void> {
  if (!mayManageNetwork(actor)) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const partner = await repo.partnerForReview(trx, slug);
    if (!partner) throw notFound('partner');
    const review: { verifiedBy?: number | null; hidden?: boolean } = {};
    if (action.verify) review.verifiedBy = actor.kind === 'staff' ? actor.id : null;
    if (action.hidden !== undefined && action.hidden !== (partner.hidden_at !== null)) review.hidden = action.hidden;
    await repo.setReview(trx, partner.id, review);
    if (action.projects) {
      const projects = action.projects.length ? await lookups.projectIdsBySlugs(trx, action.projects) : [];
      if (projects.length !== new Set(action.projects).size) throw new AppError(400, 'unknown_project', 'events.error.project');
      await repo.replaceProjects(
        trx,
        partner.id,
        projects.map((p) => p.id),
      );
    }
    if (action.events) {
      const events = action.events.length ? await lookups.eventIdsBySlugs(trx, action.events) : [];
      if (events.length !== new Set(action.events).size) throw new AppError(400, 'unknown_event', 'network.error.event');
      await repo.replaceEvents(
        trx,
        partner.id,
        events.map((e) => e.id),
      );
    }
    await recordAudit(trx, actor, {
      action: 'partner.review',
      entityType: 'partner',
      entityId: slug,
      summary: partner.name,
      before: { verified: partner.verified_at !== null, hidden: partner.hidden_at !== null },
      after: action,
    });
    await notifyChange(trx);
  });
}

export async function partnerLinks(db: Db, partnerId: number) {
  const [projects, events] = await Promise.all([repo.projectSlugsOf(db, partnerId), repo.eventSlugsOf(db, partnerId)]);
  return { projects: projects.map((p) => p.slug), events: events.map((e) => e.slug) };
}

/** Mails the partner a visitor's message; the visitor never learns the partner's address, nor the reverse until they answer. */
export async function contactPartner(
  db: Db,
  slug: string,
  input: z.infer<typeof contactBody>,
  client: string,
): Promise<'sent' | 'limited'> {
  const partner = await repo.listedContact(db, slug);
  if (!partner) throw notFound('partner');
  const [byClient, byAddress] = await Promise.all([
    counters.recordFailure(db, `partner-contact-client:${hashToken(client)}`, 15),
    counters.recordFailure(db, `partner-contact-address:${hashToken(input.email.toLowerCase())}`, 15),
  ]);
  if (byClient > 10 || byAddress > 5) return 'limited';
  await db.transaction().execute(async (trx) => {
    const locale = localeOr(partner.locale);
    await enqueue(trx, 'send_mail', {
      to: partner.contact_email,
      subject: t(locale, 'network.mail.contact.subject', { name: input.name }),
      text: t(locale, 'network.mail.contact.text', { partner: partner.name, name: input.name, email: input.email, message: input.message }),
    });
  });
  return 'sent';
}
