// Topics as other modules see them: the list, and the ids of named topics, adding the ones not yet known.
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';
import { slugify } from '../../lib/slug.js';
import { insertTopics, listTopics } from './topics.repository.js';

export { listTopics as allTopics } from './topics.repository.js';

/** Ids by lower-case German name for every name given; returns also the names that were new. */
export async function ensureTopicIds(trx: Db, names: string[]): Promise<{ ids: Map<string, number>; created: string[] }> {
  const existing = await listTopics(trx);
  const ids = new Map(existing.map((t) => [t.name.de.toLowerCase(), t.id]));
  const taken = new Set(existing.map((t) => t.slug));
  const fresh: { slug: string; name: LocalizedText }[] = [];
  const freshNames = new Set<string>();
  for (const name of names) {
    if (ids.has(name.toLowerCase()) || freshNames.has(name.toLowerCase())) continue;
    freshNames.add(name.toLowerCase());
    let slug = slugify(name);
    for (let n = 2; taken.has(slug); n++) slug = `${slugify(name)}-${n}`;
    taken.add(slug);
    fresh.push({ slug, name: { de: name } });
  }
  for (const row of await insertTopics(trx, fresh)) ids.set(row.name.de.toLowerCase(), row.id);
  return { ids, created: fresh.map((f) => f.name.de) };
}
