// Council information for tests: a municipality outside the region (Hürtgenwald, whose real council
// system the crawl holds), its OParl settings, Vorhaben with decisions as staff type them, and client
// settings that do not make a test wait.
import type { Db } from '../../src/db/database.js';
import type { DecisionBodyRow } from '../../src/db/schema.js';
import { parseDecisions } from '../../src/modules/decisions/index.js';
import * as editorial from '../../src/modules/editorial/editorial.service.js';
import { cliActor } from '../../src/platform/actor.js';
import { projectInput } from './matrix-fixtures.js';

/**
 * Quick on a local server: many requests at once, no pause between them, short time-out and back-off;
 * the fixtures are served on 127.0.0.1, which a real deployment refuses.
 */
export const testClient = {
  concurrency: 4,
  requestsPerSecond: 1000,
  timeoutSeconds: 2,
  retries: 2,
  backoffMs: 5,
  allowPrivateAddresses: true,
};

export async function addMunicipality(db: Db, slug: string, name: string, bodies: DecisionBodyRow[] = []): Promise<number> {
  const row = await db
    .insertInto('municipalities')
    .values({ slug, name, kind: 'municipality', aliases: [], decision_bodies: JSON.stringify(bodies) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function configureOparl(
  db: Db,
  slug: string,
  systemUrl: string,
  { bodyUrl = null, pattern = null }: { bodyUrl?: string | null; pattern?: string | null } = {},
): Promise<void> {
  const { id } = await db.selectFrom('municipalities').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  await db
    .insertInto('council_settings')
    .values({ municipality_id: id, system_url: systemUrl, body_url: bodyUrl, body_name: null, reference_pattern: pattern })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet({ system_url: systemUrl, body_url: bodyUrl, reference_pattern: pattern }))
    .execute();
}

/** A Vorhaben of the municipality whose decisions are the given texts, each read by the decision parser. */
export async function vorhabenWithDecisions(
  db: Db,
  municipality: string,
  title: string,
  texts: string[],
  bodies: DecisionBodyRow[] = [],
): Promise<string> {
  const decisions = texts.map((text) => {
    const [decision, ...more] = parseDecisions(text, bodies);
    if (!decision || more.length) throw new Error(`"${text}" should read as one decision`);
    return decision;
  });
  return editorial.createProject(db, cliActor, {
    ...projectInput(title, [municipality]),
    decisionsText: texts.join('; '),
    decisions,
  });
}

/** The decisions of a Vorhaben with the reference of their matched paper, in order. */
export async function decisionPapers(db: Db, projectSlug: string): Promise<{ raw: string; paper: string | null; web: string | null }[]> {
  return db
    .selectFrom('decisions as d')
    .innerJoin('projects as p', 'p.id', 'd.project_id')
    .leftJoin('council_papers as cp', 'cp.id', 'd.council_paper_id')
    .where('p.slug', '=', projectSlug)
    .select(['d.raw', 'cp.reference as paper', 'cp.web'])
    .orderBy('d.position')
    .execute();
}

export async function countRows(
  db: Db,
  table:
    'council_papers' | 'council_meetings' | 'council_organizations' | 'council_agenda_items' | 'council_consultations' | 'council_files',
  where: { deleted?: boolean } = {},
): Promise<number> {
  let query = db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n'));
  if (where.deleted !== undefined) query = query.where('deleted', '=', where.deleted);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
