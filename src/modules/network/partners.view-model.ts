// What the network's pages and its API read of a partner, mapped from the repository's rows: the public
// profile (never the contact address or the managing account) and what staff review.
import type { LocalizedText } from '../../lib/localized.js';
import type { PartnerKind } from '../../db/schema.js';
import type { announcedEventsOf, ListedPartner, partnerBySlug, publishedProjectsOf, staffList } from './partners.repository.js';

/** A listed partner's public profile. */
export interface PartnerView {
  id: number;
  slug: string;
  name: string;
  kind: PartnerKind;
  description: string;
  offers: string | null;
  seeks: string | null;
  competencies: string | null;
  website: string | null;
  /** Demo data, marked as such on the pages. */
  example: boolean;
  municipalitySlug: string | null;
  municipalityName: string | null;
  topics: { slug: string; name: LocalizedText }[];
}

/** A partner's page: the profile with the published Vorhaben and announced events it takes part in. */
export interface PartnerPageView {
  partner: PartnerView;
  projects: { slug: string; title: LocalizedText }[];
  events: { slug: string; title: LocalizedText; startsAt: Date }[];
}

/** A partner in the agency's list, verified or not, hidden or not. */
export interface StaffPartnerView {
  slug: string;
  name: string;
  kind: PartnerKind;
  municipalityName: string | null;
  verified: boolean;
  hidden: boolean;
  /** The owner edited the profile after it was verified. */
  changedSinceVerification: boolean;
}

/** The partner on its review page, with the contact address staff need. */
export interface PartnerReviewView {
  id: number;
  slug: string;
  name: string;
  kind: PartnerKind;
  description: string;
  contactEmail: string;
  verified: boolean;
  hidden: boolean;
  changedSinceVerification: boolean;
}

export const toPartnerView = (row: ListedPartner): PartnerView => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  kind: row.kind,
  description: row.description,
  offers: row.offers,
  seeks: row.seeks,
  competencies: row.competencies,
  website: row.website,
  example: row.example,
  municipalitySlug: row.municipality_slug,
  municipalityName: row.municipality_name,
  topics: row.topics as { slug: string; name: LocalizedText }[],
});

type ProjectRow = Awaited<ReturnType<typeof publishedProjectsOf>>[number];
type EventRow = Awaited<ReturnType<typeof announcedEventsOf>>[number];

export const toPartnerPage = (partner: ListedPartner, projects: ProjectRow[], events: EventRow[]): PartnerPageView => ({
  partner: toPartnerView(partner),
  projects: projects.map((p) => ({ slug: p.slug, title: p.title })),
  events: events.map((e) => ({ slug: e.slug, title: e.title, startsAt: new Date(e.starts_at) })),
});

export const toStaffPartner = (row: Awaited<ReturnType<typeof staffList>>[number]): StaffPartnerView => ({
  slug: row.slug,
  name: row.name,
  kind: row.kind,
  municipalityName: row.municipality_name,
  verified: row.verified_at !== null,
  hidden: row.hidden_at !== null,
  changedSinceVerification: row.changed_since_verification,
});

type PartnerRow = NonNullable<Awaited<ReturnType<typeof partnerBySlug>>>;

export const toPartnerReview = (row: PartnerRow): PartnerReviewView => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  kind: row.kind,
  description: row.description,
  contactEmail: row.contact_email,
  verified: row.verified_at !== null,
  hidden: row.hidden_at !== null,
  changedSinceVerification: row.verified_at !== null && new Date(row.updated_at) > new Date(row.verified_at),
});
