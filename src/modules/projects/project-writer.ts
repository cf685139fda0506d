// Writes one whole Vorhaben (row, municipalities, topics, decisions) from a ProjectInput: the back
// office's save and publish. The import writes many at once through the same repository functions.
import type { Db } from '../../db/database.js';
import { slugify } from '../../lib/slug.js';
import { knownMunicipalities } from '../municipalities/index.js';
import { allTopics, ensureTopicIds } from '../topics/index.js';
import { inputToRow } from './project.mapper.js';
import type { ProjectInput } from './project.types.js';
import { lockProjectSlugs, slugsStartingWith } from './project-slugs.repository.js';
import * as repo from './projects.repository.js';

/** Same titles occur in several municipalities; the municipality then tells the slugs apart. */
export function uniqueSlug(input: Pick<ProjectInput, 'title' | 'municipalities'>, taken: Set<string>): string {
  const base = slugify(input.title.de) || 'vorhaben';
  const candidates = [base, ...input.municipalities.map((m) => `${base}-${m}`)];
  for (const c of candidates) if (!taken.has(c)) return c;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * `createTopics: false` for unpublished drafts: a topic named only in a draft would otherwise appear in
 * the public filters before anything is published; the draft keeps the name and publishing creates it.
 */
async function links(trx: Db, projectId: number, input: ProjectInput, createTopics: boolean): Promise<repo.ProjectLinks> {
  const municipalities = new Map((await knownMunicipalities(trx)).map((m) => [m.slug, m.id]));
  const ids = createTopics
    ? (await ensureTopicIds(trx, input.topics)).ids
    : new Map((await allTopics(trx)).map((t) => [t.name.de.toLowerCase(), t.id]));
  return {
    projectId,
    municipalityIds: input.municipalities.map((s) => municipalities.get(s)).filter((id): id is number => id !== undefined),
    topicIds: [...new Set(input.topics.map((n) => ids.get(n.toLowerCase())).filter((id): id is number => id !== undefined))],
    decisions: input.decisions,
  };
}

/** A new, unpublished Vorhaben at version 0: its first publication makes it version 1. */
export async function insertDraftProject(trx: Db, input: ProjectInput): Promise<{ id: number; slug: string }> {
  // Serialises concurrent creations so that two equal titles do not race for one address.
  await lockProjectSlugs(trx);
  const base = slugify(input.title.de) || 'vorhaben';
  const slug = uniqueSlug(input, new Set(await slugsStartingWith(trx, base)));
  const [id] = await repo.insertProjects(trx, [{ ...inputToRow({ ...input, publicationState: 'draft' }), slug, version: 0 }]);
  await repo.replaceLinks(trx, [await links(trx, id!, input, false)]);
  return { id: id!, slug };
}

/** Overwrites the Vorhaben with `input`; a publication raises the version, saving a draft does not. */
export async function writeProject(
  trx: Db,
  projectId: number,
  input: ProjectInput,
  { bumpVersion }: { bumpVersion: boolean },
): Promise<void> {
  if (bumpVersion) await repo.updateProject(trx, projectId, inputToRow(input));
  else await repo.updateProjectKeepingVersion(trx, projectId, inputToRow(input));
  await repo.replaceLinks(trx, [await links(trx, projectId, input, input.publicationState !== 'draft')]);
}
