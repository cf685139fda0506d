// What the profile page shows of a resident's own contributions and network entries, mapped from the
// rows the repositories (and the network module) return.
import type { IdeaStatus } from '../../db/schema.js';

export interface OwnIdeaView {
  id: number;
  title: string;
  status: IdeaStatus;
  supportCount: number;
  hidden: boolean;
  processSlug: string;
}

export interface OwnCommentView {
  id: number;
  body: string;
  createdAt: Date;
  hidden: boolean;
  /** The comment in its thread (a Vorhaben's discussion or an idea's page), without the language. */
  path: string;
}

/** An idea the resident supports. */
export interface OwnSupportView {
  id: number;
  title: string;
  processSlug: string;
}

export interface ContributionsView {
  ideas: OwnIdeaView[];
  comments: OwnCommentView[];
  supports: OwnSupportView[];
}

/** The resident's partner profiles and advisory cases in the network. */
export interface NetworkEntriesView {
  partners: { slug: string; name: string; verified: boolean; hidden: boolean }[];
  cases: { id: number; title: string; status: string }[];
}

export const toOwnIdeaView = (i: {
  id: number;
  title: string;
  status: IdeaStatus;
  support_count: number;
  hidden_at: Date | null;
  process_slug: string;
}): OwnIdeaView => ({
  id: i.id,
  title: i.title,
  status: i.status,
  supportCount: i.support_count,
  hidden: i.hidden_at !== null,
  processSlug: i.process_slug,
});

export const toOwnCommentView = (c: {
  id: number;
  body: string;
  created_at: Date;
  hidden_at: Date | null;
  project_slug: string | null;
  idea_id: number | null;
  process_slug: string | null;
}): OwnCommentView => ({
  id: c.id,
  body: c.body,
  createdAt: c.created_at,
  hidden: c.hidden_at !== null,
  path: c.project_slug
    ? `/vorhaben/${c.project_slug}/diskussion#kommentar-${c.id}`
    : `/beteiligung/${c.process_slug}/ideen/${c.idea_id}#kommentar-${c.id}`,
});

export const toOwnSupportView = (s: { id: number; title: string; process_slug: string }): OwnSupportView => ({
  id: s.id,
  title: s.title,
  processSlug: s.process_slug,
});

export const toNetworkEntriesView = (
  partners: NetworkEntriesView['partners'],
  cases: { id: number; title: string; status: string }[],
): NetworkEntriesView => ({
  partners: partners.map((p) => ({ slug: p.slug, name: p.name, verified: p.verified, hidden: p.hidden })),
  cases: cases.map((c) => ({ id: c.id, title: c.title, status: c.status })),
});
