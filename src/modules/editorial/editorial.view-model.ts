// What the back office's editorial pages show of the work list, a Vorhaben's versions and its internal
// notes, mapped from the repository's rows.
import type { LocalizedText } from '../../lib/localized.js';
import type { listNotes, listVersions, listWorkItems } from './editorial.repository.js';
import type { WorkState } from './editorial.types.js';

/** A Vorhaben in the work list. */
export interface WorkItemView {
  slug: string;
  title: LocalizedText;
  version: number;
  workState: WorkState;
  /** Its municipalities' names, in their order, comma-separated. */
  municipalityNames: string;
  /** The working copy's last save, else the Vorhaben's. */
  lastChangedAt: Date;
}

export interface WorkListView {
  total: number;
  page: number;
  pages: number;
  counts: Record<WorkState, number>;
  rows: WorkItemView[];
}

/** A published version with its public change note. */
export interface VersionView {
  version: number;
  changedAt: Date;
  note: LocalizedText;
  /** The publisher's address; null for versions from before snapshots or from the command line. */
  publishedBy: string | null;
  /** Whether the version's full state was kept, so that it can be compared. */
  hasSnapshot: boolean;
}

/** An internal note with its author (name, else address; null for the command line). */
export interface NoteView {
  id: number;
  body: string;
  author: string | null;
  createdAt: Date;
}

type WorkItemRow = Awaited<ReturnType<typeof listWorkItems>>['rows'][number];
type VersionRow = Awaited<ReturnType<typeof listVersions>>[number];
type NoteRow = Awaited<ReturnType<typeof listNotes>>[number];

export const toWorkItem = (r: WorkItemRow): WorkItemView => ({
  slug: r.slug,
  title: r.title,
  version: r.version,
  workState: r.work_state,
  municipalityNames: r.municipality_names,
  lastChangedAt: new Date(r.draft_updated_at ?? r.updated_at),
});

export const toVersionView = (r: VersionRow): VersionView => ({
  version: r.version,
  changedAt: new Date(r.changed_at),
  note: r.note,
  publishedBy: r.published_by,
  hasSnapshot: r.has_snapshot,
});

export const toNoteView = (r: NoteRow): NoteView => ({
  id: r.id,
  body: r.body,
  author: r.author_name ?? r.author,
  createdAt: new Date(r.created_at),
});
