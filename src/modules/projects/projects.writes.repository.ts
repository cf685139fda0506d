// The writes of Vorhaben: inserting and updating rows, relinking municipalities, topics and decisions, the
// change log and version snapshots — for the import and the back office. A list of rows is one statement
// per table whatever its length: the rows bind one JSON parameter (`recordset`, ../../db/json-rows.ts), so
// the parameter limit of PostgreSQL (65,535) does not apply and the SQL text stays the same.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { NewProject } from '../../db/schema.js';
import { type ColumnType, columnsOf, recordset } from '../../db/json-rows.js';
import type { Decision, ProjectInput } from './project.types.js';

/** `= any(array)`: one parameter however many ids, where `in (…)` would hit the parameter limit. */
export const anyId = (ids: number[]) => sql<number>`any(${ids}::int[])`;

export type ProjectColumn = Exclude<keyof NewProject, 'id' | 'search_text' | 'created_at' | 'updated_at'>;

// Every column the application writes; the type check fails when the table gains one not listed here.
export const projectColumns: Record<ProjectColumn, ColumnType> = {
  slug: 'text',
  title: 'jsonb',
  description: 'jsonb',
  goals: 'jsonb',
  status: 'text',
  status_text: 'jsonb',
  next_steps: 'jsonb',
  expected_duration: 'jsonb',
  decisions_text: 'text',
  costs_text: 'text',
  costs_amount_cents: 'bigint',
  costs_currency: 'text',
  costs_approximate: 'boolean',
  participation_formal: 'boolean',
  participation_informal: 'boolean',
  participation_text: 'jsonb',
  location_lat: 'float8',
  location_lng: 'float8',
  location_address: 'text',
  contact: 'text',
  links: 'jsonb',
  further_info: 'jsonb',
  summary_plain: 'text',
  start_date: 'date',
  end_date: 'date',
  added_on: 'date',
  publication_state: 'text',
  version: 'int',
};

/** The select list of a new Vorhaben from the table `t`: without `added_on` it is added today. */
export const projectValues = sql.join(
  columnsOf(projectColumns).map((c) => (c === 'added_on' ? sql`coalesce(t.added_on, current_date)` : sql.ref(`t.${c}`))),
);

/** New Vorhaben; returns their ids in the order of `rows`. Without `added_on` a row is added today. */
export async function insertProjects(db: Db, rows: (NewProject & { version: number })[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const columns = columnsOf(projectColumns);
  const inserted = await db
    .insertInto('projects')
    .columns(columns)
    .expression(sql`select ${projectValues} from ${recordset(projectColumns, rows)}`)
    .returning(['id', 'slug'])
    .execute();
  // Matched by the unique address rather than trusting the order RETURNING happens to keep.
  const ids = new Map(inserted.map((r) => [r.slug, r.id]));
  return rows.map((r) => ids.get(r.slug)!);
}

export async function updateProject(db: Db, id: number, row: Omit<NewProject, 'slug'>): Promise<void> {
  await db
    .updateTable('projects')
    .set({ ...row, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

const updatedColumns = (({ slug: _slug, version: _version, ...rest }) => rest)(projectColumns);

/**
 * Several Vorhaben overwritten at once, each raising its version like `updateProject`; a row without
 * `added_on` keeps the date it has. Each id at most once (a row is updated once per statement).
 */
export async function updateProjects(db: Db, rows: { id: number; row: Omit<NewProject, 'slug'> }[]): Promise<void> {
  if (rows.length === 0) return;
  const sets = columnsOf(updatedColumns).map((c) =>
    c === 'added_on' ? sql`added_on = coalesce(t.added_on, projects.added_on)` : sql`${sql.ref(c)} = ${sql.ref(`t.${c}`)}`,
  );
  const table = recordset(
    { id: 'int', ...updatedColumns },
    rows.map((r) => ({ ...r.row, id: r.id })),
  );
  await sql`update projects set ${sql.join(sets)}, version = projects.version + 1, updated_at = now()
    from ${table} where projects.id = t.id`.execute(db);
}

export async function updateProjectKeepingVersion(db: Db, id: number, row: Omit<NewProject, 'slug'>): Promise<void> {
  await db
    .updateTable('projects')
    .set({ ...row, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export interface ProjectLinks {
  projectId: number;
  municipalityIds: number[];
  topicIds: number[];
  decisions: Decision[];
}

/** Replaces the municipalities, topics and decisions of the given projects, in a few bulk statements. */
export async function replaceLinks(db: Db, links: ProjectLinks[]): Promise<void> {
  if (links.length === 0) return;
  const ids = links.map((l) => l.projectId);
  await db.deleteFrom('project_municipalities').where('project_id', '=', anyId(ids)).execute();
  await db.deleteFrom('project_topics').where('project_id', '=', anyId(ids)).execute();
  // A decision's council paper and hand-typed council address stay with it while its reference (or, without
  // one, its text) and its supplement stay the same: the rows are written afresh, the links are not the
  // editors' to retype. "FA-10/2023" and "FA-10/2023 1. Ergänzung" share a reference but not a paper.
  const councilLinks = await db
    .deleteFrom('decisions')
    .where('project_id', '=', anyId(ids))
    .returning(['project_id', 'reference', 'raw', 'supplement', 'council_paper_id', 'council_web_url'])
    .execute();
  const councilKey = (projectId: number, d: { reference: string | null; raw: string; supplement: string | null }) =>
    `${projectId}|${d.reference ?? d.raw}|${d.supplement ?? ''}`;
  const kept = new Map(
    councilLinks.filter((c) => c.council_paper_id !== null || c.council_web_url !== null).map((c) => [councilKey(c.project_id, c), c]),
  );
  await insertLinks(db, links, (projectId, d) => kept.get(councilKey(projectId, d)));
}

export const decisionColumns = {
  project_id: 'int',
  position: 'int',
  raw: 'text',
  reference: 'text',
  body: 'text',
  body_name: 'text',
  number: 'int',
  year: 'int',
  supplement: 'text',
  date: 'date',
} as const satisfies Record<string, ColumnType>;

const linkedDecisionColumns = { ...decisionColumns, council_paper_id: 'int', council_web_url: 'text' } as const;

const positioned = { project_id: 'int', position: 'int' } as const;

type CouncilLink = { council_paper_id: number | null; council_web_url: string | null };

async function insertLinks(
  db: Db,
  links: ProjectLinks[],
  councilLink: (projectId: number, d: Decision) => CouncilLink | undefined,
): Promise<void> {
  const munis = links.flatMap((l) => l.municipalityIds.map((m, i) => ({ project_id: l.projectId, municipality_id: m, position: i })));
  const topics = links.flatMap((l) => l.topicIds.map((t, i) => ({ project_id: l.projectId, topic_id: t, position: i })));
  const decisions = links.flatMap((l) =>
    l.decisions.map((d, i) => ({
      project_id: l.projectId,
      position: i,
      raw: d.raw,
      reference: d.reference,
      body: d.body,
      body_name: d.bodyName,
      number: d.number,
      year: d.year,
      supplement: d.supplement,
      date: d.date,
      council_paper_id: councilLink(l.projectId, d)?.council_paper_id ?? null,
      council_web_url: councilLink(l.projectId, d)?.council_web_url ?? null,
    })),
  );
  if (munis.length) {
    const types = { ...positioned, municipality_id: 'int' } as const;
    await db
      .insertInto('project_municipalities')
      .columns(columnsOf(types))
      .expression(sql`select * from ${recordset(types, munis)}`)
      .execute();
  }
  if (topics.length) {
    const types = { ...positioned, topic_id: 'int' } as const;
    await db
      .insertInto('project_topics')
      .columns(columnsOf(types))
      .expression(sql`select * from ${recordset(types, topics)}`)
      .execute();
  }
  if (decisions.length)
    await db
      .insertInto('decisions')
      .columns(columnsOf(linkedDecisionColumns))
      .expression(sql`select * from ${recordset(linkedDecisionColumns, decisions)}`)
      .execute();
}

export async function insertChanges(
  db: Db,
  changes: { project_id: number; version: number; note: string; fields: string[] }[],
): Promise<void> {
  if (changes.length === 0) return;
  const types = { project_id: 'int', version: 'int', note: 'jsonb', fields: 'text[]' } as const;
  await db
    .insertInto('project_changes')
    .columns(columnsOf(types))
    .expression(sql`select * from ${recordset(types, changes)}`)
    .execute();
}

export async function insertVersions(
  db: Db,
  versions: { projectId: number; version: number; input: ProjectInput; userId: number | null }[],
): Promise<void> {
  if (versions.length === 0) return;
  const rows = versions.map((v) => ({
    project_id: v.projectId,
    version: v.version,
    document: JSON.stringify(v.input),
    published_by: v.userId,
  }));
  const types = { project_id: 'int', version: 'int', document: 'jsonb', published_by: 'int' } as const;
  await db
    .insertInto('project_versions')
    .columns(columnsOf(types))
    .expression(sql`select * from ${recordset(types, rows)}`)
    .onConflict((oc) => oc.columns(['project_id', 'version']).doNothing())
    .execute();
}
