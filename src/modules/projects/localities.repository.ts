// The places below the partners, as the register's filter and the back office offer them.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { LocalityOption } from './project.types.js';

/** Every place, by partner, then Ämter with their municipalities, then the rest, by name. */
export async function allLocalities(db: Db): Promise<LocalityOption[]> {
  return db
    .selectFrom('localities as l')
    .leftJoin('localities as p', 'p.id', 'l.parent_id')
    .select(['l.slug', 'l.name', 'l.kind', 'l.ars', 'l.municipality_slug as municipality', 'p.slug as parent'])
    .orderBy('l.municipality_slug')
    .orderBy(sql`coalesce(p.name, l.name)`)
    .orderBy(sql`l.parent_id is not null`)
    .orderBy('l.name')
    .execute();
}

/** Published Vorhaben per place slug; an Amt counts those of its municipalities too (each once). */
export async function localityCounts(db: Db): Promise<Map<string, number>> {
  const rows = await sql<{ slug: string; n: string }>`
    select s as slug, count(distinct plo.project_id) as n
    from project_localities plo
    join projects p on p.id = plo.project_id and p.publication_state = 'published'
    join localities l on l.id = plo.locality_id
    left join localities amt on amt.id = l.parent_id,
    unnest(array[l.slug, amt.slug]) s
    where s is not null
    group by s`.execute(db);
  return new Map(rows.rows.map((r) => [r.slug, Number(r.n)]));
}
