// What the pages of participation processes show of a process and its events, mapped from the
// repository's records, so that the pages never depend on column names.
import { phaseKinds, type PhaseKind } from '../../db/schema.js';
import type { LocalizedText } from '../../lib/localized.js';
import type { ProcessRecord } from './processes.repository.js';

export { phaseKinds, type PhaseKind };

export interface Phase {
  kind: PhaseKind;
  startsOn: string;
  endsOn: string;
}

export interface ProcessView {
  id: number;
  slug: string;
  title: LocalizedText;
  description: LocalizedText | null;
  results: LocalizedText | null;
  state: 'draft' | 'published';
  projectSlug: string;
  projectTitle: LocalizedText;
  phases: Phase[];
  createdAt: Date;
  updatedAt: Date;
}

export interface ProcessEventView {
  slug: string;
  title: LocalizedText;
  startsAt: Date;
}

export const toProcessView = (r: ProcessRecord): ProcessView => ({
  id: r.id,
  slug: r.slug,
  title: r.title,
  description: r.description,
  results: r.results,
  state: r.state,
  projectSlug: r.project_slug,
  projectTitle: r.project_title,
  phases: r.phases as Phase[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toProcessEventView = (e: { slug: string; title: LocalizedText; starts_at: Date }): ProcessEventView => ({
  slug: e.slug,
  title: e.title,
  startsAt: e.starts_at,
});
