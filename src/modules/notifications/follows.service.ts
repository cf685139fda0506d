// Following: a resident follows a Vorhaben (published), a topic, a municipality or a place below the
// partners; a follow of a topic, municipality or place covers every Vorhaben with it (a place that is an
// Amt: those of its municipalities too), new ones included (notifyFollowers reads them at the
// time of each change). Following twice changes nothing; a resident stops only their own follows.
import type { Db } from '../../db/database.js';
import type { NotifyMode } from '../../db/schema.js';
import type { LocalizedText } from '../../lib/localized.js';
import * as repo from './follows.repository.js';

export type FollowKind = 'project' | 'topic' | 'municipality' | 'place';
export interface FollowTarget {
  kind: FollowKind;
  slug: string;
}
export interface ResolvedTarget extends FollowTarget {
  id: number;
  name: LocalizedText;
}

/** The query or form fields naming what to follow, in the words of the URLs. */
export const targetParams: Record<FollowKind, string> = { project: 'vorhaben', topic: 'thema', municipality: 'kommune', place: 'ort' };

/** Exactly one of vorhaben / thema / kommune / ort, a plausible slug; else null. */
export function parseTarget(input: unknown): FollowTarget | null {
  const fields = (input ?? {}) as Record<string, unknown>;
  const given = (Object.entries(targetParams) as [FollowKind, string][]).filter(
    ([, param]) => fields[param] !== undefined && fields[param] !== '',
  );
  if (given.length !== 1) return null;
  const [kind, param] = given[0]!;
  const slug = fields[param];
  if (typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-]{0,199}$/.test(slug)) return null;
  return { kind, slug };
}

export function targetQuery(target: FollowTarget): string {
  return `${targetParams[target.kind]}=${encodeURIComponent(target.slug)}`;
}

/** The Vorhaben (published only), topic or municipality; null if there is none. */
export async function resolveTarget(db: Db, target: FollowTarget): Promise<ResolvedTarget | null> {
  if (target.kind === 'project') {
    const p = await repo.findPublishedProject(db, target.slug);
    return p ? { ...target, id: p.id, name: p.title } : null;
  }
  if (target.kind === 'topic') {
    const tp = await repo.findTopic(db, target.slug);
    return tp ? { ...target, id: tp.id, name: tp.name } : null;
  }
  if (target.kind === 'place') {
    const l = await repo.findLocality(db, target.slug);
    return l ? { ...target, id: l.id, name: { de: l.name } } : null;
  }
  const m = await repo.findMunicipality(db, target.slug);
  return m ? { ...target, id: m.id, name: { de: m.name } } : null;
}

const column = { project: 'project_id', topic: 'topic_id', municipality: 'municipality_id', place: 'locality_id' } as const;
const table = { project: 'projects', topic: 'topics', municipality: 'municipalities', place: 'localities' } as const;

/** The id of the resident's follow of this target, if they follow it. */
export async function followIdOf(db: Db, residentId: number, target: ResolvedTarget): Promise<number | null> {
  return repo.findFollowId(db, residentId, column[target.kind], target.id);
}

/** Follows the target; following twice changes nothing. True when the follow is new. */
export async function follow(db: Db, residentId: number, target: ResolvedTarget): Promise<boolean> {
  return repo.insertFollow(db, residentId, column[target.kind], target.id);
}

/** Stops one of the resident's own follows; the target it was (for the way back), or null if none. */
export async function unfollow(db: Db, residentId: number, followId: number): Promise<FollowTarget | null> {
  const row = await repo.deleteFollow(db, residentId, followId);
  if (!row) return null;
  const [kind, id] =
    row.project_id !== null
      ? (['project', row.project_id] as const)
      : row.topic_id !== null
        ? (['topic', row.topic_id] as const)
        : row.locality_id !== null
          ? (['place', row.locality_id] as const)
          : (['municipality', row.municipality_id!] as const);
  const slug = await repo.slugOf(db, table[kind], id);
  return slug !== undefined ? { kind, slug } : null;
}

export interface FollowEntry {
  id: number;
  kind: FollowKind;
  slug: string;
  name: LocalizedText;
  since: Date;
}

export interface FollowsOverview {
  notifyMode: NotifyMode;
  follows: FollowEntry[];
  /** Topics and municipalities not followed yet, for the selects. */
  topics: { slug: string; name: LocalizedText }[];
  municipalities: { slug: string; name: LocalizedText }[];
}

async function followEntries(db: Db, residentId: number): Promise<FollowEntry[]> {
  const rows = await repo.followRows(db, residentId);
  return rows.map((r) => {
    const since = new Date(r.created_at);
    if (r.project_id !== null) return { id: r.id, kind: 'project', slug: r.project_slug!, name: r.project_title!, since };
    if (r.topic_id !== null) return { id: r.id, kind: 'topic', slug: r.topic_slug!, name: r.topic_name!, since };
    if (r.locality_id !== null) return { id: r.id, kind: 'place', slug: r.locality_slug!, name: { de: r.locality_name! }, since };
    return { id: r.id, kind: 'municipality', slug: r.municipality_slug!, name: { de: r.municipality_name! }, since };
  });
}

/** What the FollowsSection on the resident's profile shows. */
export async function followsOf(db: Db, residentId: number): Promise<FollowsOverview> {
  const [notifyMode, follows, topics, municipalities] = await Promise.all([
    repo.notifyModeOf(db, residentId),
    followEntries(db, residentId),
    repo.allTopics(db),
    repo.allMunicipalities(db),
  ]);
  const followed = new Set(follows.map((f) => `${f.kind}:${f.slug}`));
  return {
    notifyMode: notifyMode ?? 'off',
    follows,
    topics: topics.filter((tp) => !followed.has(`topic:${tp.slug}`)),
    municipalities: municipalities
      .filter((m) => !followed.has(`municipality:${m.slug}`))
      .map((m) => ({ slug: m.slug, name: { de: m.name } })),
  };
}

/** The resident's follows and notification items, for their data export (JSON). */
export async function followData(db: Db, residentId: number) {
  const [follows, items] = await Promise.all([followEntries(db, residentId), repo.notificationItemsOf(db, residentId)]);
  return {
    follows: follows.map((f) => ({ type: f.kind, slug: f.slug, name: f.name, since: f.since.toISOString() })),
    notifications: items.map((i) => ({
      kind: i.kind,
      project: i.slug,
      link: i.link,
      text: i.text,
      createdAt: new Date(i.created_at).toISOString(),
      sentAt: i.sent_at ? new Date(i.sent_at).toISOString() : null,
    })),
  };
}
