// Places below the three partners (Ämter, towns and municipalities of the two districts, Flensburg's
// Stadtteile) with their official keys, seeded from src/data/regional-places.json; which of them a
// Vorhaben concerns; and a Vorhaben's own places on the map (points, lines, areas) as GeoJSON geometry
// with its bounding box. PostGIS is not available: the bounding box columns answer "what lies in this
// window" with a plain index, and the geometry itself is only ever read whole.
// A place can be followed like a municipality.
import { readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';

interface PlaceFile {
  districts: {
    partner: string;
    kreis: string;
    amtsfrei: [string, string, string, boolean?][];
    aemter: { key: string; name: string; checked?: boolean; gemeinden: [string, string, string?, boolean?][] }[];
  }[];
  stadtteile: { partner: string; ars: string; list: [string, string][] };
}

interface SeedRow {
  slug: string;
  ars: string | null;
  code: string;
  name: string;
  kind: 'amt' | 'stadt' | 'gemeinde' | 'stadtteil';
  partner: string;
  parent: string | null;
  checked: boolean;
}

const slugOf = (text: string) =>
  text
    .replace(/[äöüßÄÖÜ]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' })[c] ?? c)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The file as rows, parents before children. Kept here (not imported) so the migration stays as released. */
function seedRows(file: PlaceFile): SeedRow[] {
  const rows: SeedRow[] = [];
  for (const d of file.districts) {
    for (const [g, name, kind, checked] of d.amtsfrei)
      rows.push({
        slug: slugOf(name.replace(/\s*\(.*\)$/, '')),
        ars: `${d.kreis}0${g}${g}`,
        code: `${d.kreis}${g}`,
        name,
        kind: kind as SeedRow['kind'],
        partner: d.partner,
        parent: null,
        checked: checked !== false,
      });
    for (const amt of d.aemter) {
      const amtSlug = slugOf(amt.name);
      rows.push({
        slug: amtSlug,
        ars: `${d.kreis}${amt.key}`,
        code: `${d.kreis}${amt.key}`,
        name: amt.name,
        kind: 'amt',
        partner: d.partner,
        parent: null,
        checked: amt.checked !== false,
      });
      for (const [g, name, kind, checked] of amt.gemeinden)
        rows.push({
          slug: slugOf(name.replace(/\s*\((Sylt|Husum)\)$/, '')),
          ars: `${d.kreis}${amt.key}${g}`,
          code: `${d.kreis}${g}`,
          name,
          kind: (kind ?? 'gemeinde') as SeedRow['kind'],
          partner: d.partner,
          parent: amtSlug,
          checked: checked !== false && amt.checked !== false,
        });
    }
  }
  for (const [n, name] of file.stadtteile.list)
    rows.push({
      slug: `flensburg-${slugOf(name)}`,
      ars: null,
      code: `${file.stadtteile.ars}-${n}`,
      name,
      kind: 'stadtteil',
      partner: file.stadtteile.partner,
      parent: null,
      checked: true,
    });
  return rows;
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table localities (
      id serial primary key,
      slug text not null unique,
      -- Amtlicher Regionalschlüssel: 12 digits for a municipality, 9 for an Amt; none for a Stadtteil.
      ars text check (ars ~ '^[0-9]{9}([0-9]{3})?$'),
      -- Gemeindeschlüssel (AGS, 8 digits), the Amt's 9-digit key, or the city's Stadtteil number.
      code text not null unique,
      name text not null,
      kind text not null check (kind in ('amt', 'stadt', 'gemeinde', 'stadtteil')),
      -- The partner it lies in, by slug: the partners are written at start (seed/region.ts), after migrations.
      municipality_slug text not null,
      parent_id integer references localities (id),
      -- false: taken from knowledge, not from the list the file names; to be checked against GV-ISys.
      checked boolean not null default true
    )`.execute(db);
  await sql`create index localities_municipality_idx on localities (municipality_slug)`.execute(db);
  await sql`
    create table project_localities (
      project_id integer not null references projects (id) on delete cascade,
      locality_id integer not null references localities (id),
      primary key (project_id, locality_id)
    )`.execute(db);
  await sql`create index project_localities_locality_idx on project_localities (locality_id)`.execute(db);
  await sql`
    create table project_places (
      id serial primary key,
      project_id integer not null references projects (id) on delete cascade,
      position integer not null,
      label text,
      geometry jsonb not null check (geometry->>'type' in ('Point', 'LineString', 'Polygon')),
      min_lng double precision not null,
      min_lat double precision not null,
      max_lng double precision not null,
      max_lat double precision not null,
      check (min_lng <= max_lng and min_lat <= max_lat)
    )`.execute(db);
  await sql`create index project_places_project_idx on project_places (project_id, position)`.execute(db);
  await sql`create index project_places_bbox_idx on project_places (min_lng, max_lng, min_lat, max_lat)`.execute(db);

  await sql`alter table follows add column locality_id integer references localities (id) on delete cascade`.execute(db);
  await sql`alter table follows drop constraint follows_one_target`.execute(db);
  await sql`alter table follows add constraint follows_one_target check (num_nonnulls(project_id, topic_id, municipality_id, locality_id) = 1)`.execute(
    db,
  );
  await sql`create unique index follows_locality_once on follows (resident_id, locality_id) where locality_id is not null`.execute(db);

  const file = JSON.parse(readFileSync(new URL('../../data/regional-places.json', import.meta.url), 'utf8')) as PlaceFile;
  const rows = seedRows(file);
  await sql`
    insert into localities (slug, ars, code, name, kind, municipality_slug, checked)
    select r.slug, r.ars, r.code, r.name, r.kind, r.partner, r.checked
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r(slug text, ars text, code text, name text, kind text, partner text, checked boolean)`.execute(db);
  await sql`
    update localities l set parent_id = p.id
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(slug text, parent text), localities p
    where l.slug = r.slug and p.slug = r.parent`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from follows where locality_id is not null`.execute(db);
  await sql`drop index follows_locality_once`.execute(db);
  await sql`alter table follows drop constraint follows_one_target`.execute(db);
  await sql`alter table follows drop column locality_id`.execute(db);
  await sql`alter table follows add constraint follows_one_target check (num_nonnulls(project_id, topic_id, municipality_id) = 1)`.execute(
    db,
  );
  await sql`drop table project_places`.execute(db);
  await sql`drop table project_localities`.execute(db);
  await sql`drop table localities`.execute(db);
}
