// A consultation as the pages, the API and the exports see it, mapped from the repository's records.
import { type VoteStance, type WeighingOutcome, weighingOutcomes } from '../../db/schema.js';
import { berlinParts } from '../../lib/berlin-time.js';
import type { LocalizedText } from '../../lib/localized.js';
import type { ConsultationRecord } from './consultations.repository.js';

export { weighingOutcomes };
export type { VoteStance, WeighingOutcome };

export interface SectionView {
  id: number;
  anchor: string;
  heading: string;
  body: string;
  changeNote: string | null;
  cited: number[];
}

export interface VersionView {
  id: number;
  number: number;
  changeNote: string | null;
  /** Null: the draft being written, never shown to the public. */
  publishedAt: Date | null;
  sections: SectionView[];
}

/** Where a consultation stands today: no version published yet, before, during or after its period, or adopted. */
export type ConsultationPhase = 'draft' | 'upcoming' | 'open' | 'closed' | 'adopted';

export interface ConsultationView {
  id: number;
  slug: string;
  title: LocalizedText;
  summary: LocalizedText | null;
  startsOn: string;
  endsOn: string;
  example: boolean;
  process: { slug: string; title: LocalizedText; published: boolean };
  project: { slug: string; title: LocalizedText; published: boolean };
  municipalities: string[];
  versions: VersionView[];
  adoption: { version: number; reference: string; url: string | null; projectSlug: string | null } | null;
  updatedAt: Date;
}

export interface CommentRow {
  id: number;
  parentId: number | null;
  depth: number;
  body: string;
  quote: string | null;
  createdAt: Date;
  hidden: boolean;
  sectionId: number;
  anchor: string;
  heading: string;
  version: number;
  weighing: { outcome: WeighingOutcome; reason: string; answer: string; weighedAt: Date } | null;
}

export interface SectionCounts {
  comments: number;
  agree: number;
  disagree: number;
}

export const toConsultationView = (r: ConsultationRecord): ConsultationView => ({
  id: r.id,
  slug: r.slug,
  title: r.title,
  summary: r.summary,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  example: r.example,
  process: { slug: r.process_slug, title: r.process_title, published: r.process_state === 'published' },
  project: { slug: r.project_slug, title: r.project_title, published: r.project_state === 'published' },
  municipalities: (r.municipalities as { slug: string }[]).map((m) => m.slug),
  // Read through JSON: the instants come as text.
  versions: (
    r.versions as { id: number; number: number; change_note: string | null; published_at: string | null; sections: unknown[] }[]
  ).map((v) => ({
    id: v.id,
    number: v.number,
    changeNote: v.change_note,
    publishedAt: v.published_at ? new Date(v.published_at) : null,
    sections: (
      v.sections as {
        id: number;
        anchor: string;
        heading: string;
        body: string;
        change_note: string | null;
        cited: { comment_id: number }[];
      }[]
    ).map((s) => ({
      id: s.id,
      anchor: s.anchor,
      heading: s.heading,
      body: s.body,
      changeNote: s.change_note,
      cited: s.cited.map((c) => c.comment_id),
    })),
  })),
  adoption:
    r.adopted_version !== null && r.adopted_reference !== null
      ? { version: r.adopted_version, reference: r.adopted_reference, url: r.adopted_url, projectSlug: r.adopted_project_slug }
      : null,
  updatedAt: r.updated_at,
});

export const publishedVersions = (c: ConsultationView) => c.versions.filter((v) => v.publishedAt !== null);
export const latestPublished = (c: ConsultationView): VersionView | null => publishedVersions(c).at(-1) ?? null;
export const draftVersion = (c: ConsultationView): VersionView | null => c.versions.find((v) => v.publishedAt === null) ?? null;

export function phaseOf(c: ConsultationView, now = new Date()): ConsultationPhase {
  if (c.adoption) return 'adopted';
  if (!latestPublished(c)) return 'draft';
  const today = berlinParts(now).date;
  if (today < c.startsOn) return 'upcoming';
  return today > c.endsOn ? 'closed' : 'open';
}
