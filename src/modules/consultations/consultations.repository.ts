// SQL of consultations: the documents with their process, Vorhaben, versions and sections; the comments
// on their sections with the weighing; votes; citations; adoption.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import type { VoteStance, WeighingOutcome } from '../../db/schema.js';
import type { LocalizedText } from '../../lib/localized.js';

/** A participation process that can hold a consultation, with its Vorhaben's municipalities. */
export const processBySlug = (db: Db, slug: string) =>
  db
    .selectFrom('participation_processes as pp')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .where('pp.slug', '=', slug)
    .select(['pp.id', 'pp.slug', 'p.slug as project_slug'])
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('project_municipalities as pm')
          .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
          .whereRef('pm.project_id', '=', 'p.id')
          .select('m.slug'),
      ).as('municipalities'),
    )
    .executeTakeFirst();

export const slugTaken = async (db: Db, slug: string) =>
  (await db.selectFrom('consultations').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;

export async function insertConsultation(
  db: Db,
  values: {
    slug: string;
    processId: number;
    title: LocalizedText;
    summary: LocalizedText | null;
    startsOn: string;
    endsOn: string;
    example: boolean;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('consultations')
    .values({
      slug: values.slug,
      process_id: values.processId,
      title: JSON.stringify(values.title),
      summary: JSON.stringify(values.summary),
      starts_on: values.startsOn,
      ends_on: values.endsOn,
      example: values.example,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const updateDetails = (
  db: Db,
  id: number,
  values: { title: LocalizedText; summary: LocalizedText | null; startsOn: string; endsOn: string },
) =>
  db
    .updateTable('consultations')
    .set({
      title: JSON.stringify(values.title),
      summary: JSON.stringify(values.summary),
      starts_on: values.startsOn,
      ends_on: values.endsOn,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();

export const touch = (db: Db, id: number) =>
  db
    .updateTable('consultations')
    .set({ updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();

export async function insertVersion(db: Db, consultationId: number, number: number): Promise<number> {
  const { id } = await db
    .insertInto('consultation_versions')
    .values({ consultation_id: consultationId, number })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function replaceSections(
  db: Db,
  versionId: number,
  sections: readonly { anchor: string; heading: string; body: string; changeNote?: string | null }[],
): Promise<void> {
  await db.deleteFrom('consultation_sections').where('version_id', '=', versionId).execute();
  if (sections.length === 0) return;
  await db
    .insertInto('consultation_sections')
    .values(
      sections.map((s, position) => ({
        version_id: versionId,
        position,
        anchor: s.anchor,
        heading: s.heading,
        body: s.body,
        change_note: s.changeNote ?? null,
      })),
    )
    .execute();
}

/** The draft's sections keep their notes and citations when their anchor stays: read them before replacing. */
export const sectionNotes = (db: Db, versionId: number) =>
  db
    .selectFrom('consultation_sections as s')
    .where('s.version_id', '=', versionId)
    .select(['s.anchor', 's.change_note'])
    .select((eb) =>
      jsonArrayFrom(eb.selectFrom('consultation_citations as c').whereRef('c.section_id', '=', 's.id').select('c.comment_id')).as('cited'),
    )
    .execute();

export async function setCitations(db: Db, sectionId: number, commentIds: readonly number[]): Promise<void> {
  await db.deleteFrom('consultation_citations').where('section_id', '=', sectionId).execute();
  if (commentIds.length)
    await db
      .insertInto('consultation_citations')
      .values(commentIds.map((comment_id) => ({ section_id: sectionId, comment_id })))
      .execute();
}

export const setSectionNote = (db: Db, sectionId: number, note: string | null) =>
  db.updateTable('consultation_sections').set({ change_note: note }).where('id', '=', sectionId).execute();

export const publishVersion = (db: Db, versionId: number, changeNote: string | null, userId: number | null) =>
  db
    .updateTable('consultation_versions')
    .set({ published_at: sql`now()`, change_note: changeNote, published_by: userId })
    .where('id', '=', versionId)
    .where('published_at', 'is', null)
    .executeTakeFirst();

export const setAdoption = (db: Db, id: number, a: { version: number; reference: string; url: string | null; projectSlug: string }) =>
  db
    .updateTable('consultations')
    .set({
      adopted_version: a.version,
      adopted_reference: a.reference,
      adopted_url: a.url,
      adopted_project_slug: a.projectSlug,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();

/** Locks the consultation's row: versions are numbered and published one at a time. */
export const lockConsultation = (db: Db, id: number) =>
  db.selectFrom('consultations').select('id').where('id', '=', id).forUpdate().executeTakeFirst();

function consultations(db: Db) {
  return db
    .selectFrom('consultations as k')
    .innerJoin('participation_processes as pp', 'pp.id', 'k.process_id')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .select([
      'k.id',
      'k.slug',
      'k.title',
      'k.summary',
      sql<string>`to_char(k.starts_on, 'YYYY-MM-DD')`.as('starts_on'),
      sql<string>`to_char(k.ends_on, 'YYYY-MM-DD')`.as('ends_on'),
      'k.adopted_version',
      'k.adopted_reference',
      'k.adopted_url',
      'k.adopted_project_slug',
      'k.example',
      'k.updated_at',
      'pp.slug as process_slug',
      'pp.title as process_title',
      'pp.state as process_state',
      'p.slug as project_slug',
      'p.title as project_title',
      'p.publication_state as project_state',
    ])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('project_municipalities as pm')
          .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
          .whereRef('pm.project_id', '=', 'p.id')
          .select('m.slug'),
      ).as('municipalities'),
      jsonArrayFrom(
        eb
          .selectFrom('consultation_versions as v')
          .whereRef('v.consultation_id', '=', 'k.id')
          .select(['v.id', 'v.number', 'v.change_note', 'v.published_at'])
          .select((ev) =>
            jsonArrayFrom(
              ev
                .selectFrom('consultation_sections as s')
                .whereRef('s.version_id', '=', 'v.id')
                .select(['s.id', 's.position', 's.anchor', 's.heading', 's.body', 's.change_note'])
                .select((es) =>
                  jsonArrayFrom(
                    es
                      .selectFrom('consultation_citations as c')
                      .whereRef('c.section_id', '=', 's.id')
                      .select('c.comment_id')
                      .orderBy('c.comment_id'),
                  ).as('cited'),
                )
                .orderBy('s.position'),
            ).as('sections'),
          )
          .orderBy('v.number'),
      ).as('versions'),
    ]);
}

export type ConsultationRecord = Awaited<ReturnType<ReturnType<typeof consultations>['execute']>>[number];

/** The public sees consultations with a published version in a published process of a published (or archived) Vorhaben. */
const publicOnly = <Q extends ReturnType<typeof consultations>>(q: Q) =>
  q
    .where('pp.state', '=', 'published')
    .where('p.publication_state', 'in', ['published', 'archived'])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('consultation_versions as pv').whereRef('pv.consultation_id', '=', 'k.id').where('pv.published_at', 'is not', null),
      ),
    );

export const findConsultation = (db: Db, slug: string, opts: { publicOnly: boolean }) => {
  const q = consultations(db).where('k.slug', '=', slug);
  return (opts.publicOnly ? publicOnly(q) : q).executeTakeFirst();
};

export const listConsultations = (db: Db, opts: { publicOnly: boolean }) => {
  const q = consultations(db).orderBy('k.starts_on', 'desc').orderBy('k.id', 'desc').limit(500);
  return (opts.publicOnly ? publicOnly(q) : q).execute();
};

/** Per section of the consultation: visible comments, agreements and disagreements. */
export const sectionCounts = (db: Db, consultationId: number) =>
  db
    .selectFrom('consultation_sections as s')
    .innerJoin('consultation_versions as v', 'v.id', 's.version_id')
    .where('v.consultation_id', '=', consultationId)
    .select('s.id')
    .select([
      sql<number>`(select count(*)::int from comments c where c.consultation_section_id = s.id and c.hidden_at is null)`.as('comments'),
      sql<number>`(select count(*)::int from consultation_votes x where x.section_id = s.id and x.stance = 'agree')`.as('agree'),
      sql<number>`(select count(*)::int from consultation_votes x where x.section_id = s.id and x.stance = 'disagree')`.as('disagree'),
    ])
    .execute();

/** Every comment on the consultation's sections (hidden ones too, for staff), oldest first, with its section and weighing. */
export const consultationComments = (db: Db, consultationId: number) =>
  db
    .selectFrom('comments as c')
    .innerJoin('consultation_sections as s', 's.id', 'c.consultation_section_id')
    .innerJoin('consultation_versions as v', 'v.id', 's.version_id')
    .leftJoin('consultation_weighings as w', 'w.comment_id', 'c.id')
    .where('v.consultation_id', '=', consultationId)
    .select([
      'c.id',
      'c.parent_id',
      'c.depth',
      'c.body',
      'c.quote',
      'c.created_at',
      'c.hidden_at',
      's.id as section_id',
      's.anchor',
      's.heading',
      'v.number as version',
      'w.outcome',
      'w.reason',
      'w.answer',
      'w.weighed_at',
    ])
    .orderBy('c.created_at')
    .orderBy('c.id')
    .limit(20000)
    .execute();

export const commentOfConsultation = (db: Db, consultationId: number, commentId: number) =>
  db
    .selectFrom('comments as c')
    .innerJoin('consultation_sections as s', 's.id', 'c.consultation_section_id')
    .innerJoin('consultation_versions as v', 'v.id', 's.version_id')
    .where('v.consultation_id', '=', consultationId)
    .where('c.id', '=', commentId)
    .select(['c.id', 'c.hidden_at'])
    .executeTakeFirst();

export async function upsertWeighing(
  db: Db,
  commentId: number,
  w: { outcome: WeighingOutcome; reason: string; answer: string; userId: number | null },
): Promise<void> {
  await db
    .insertInto('consultation_weighings')
    .values({ comment_id: commentId, outcome: w.outcome, reason: w.reason, answer: w.answer, weighed_by: w.userId })
    .onConflict((oc) =>
      oc
        .column('comment_id')
        .doUpdateSet({ outcome: w.outcome, reason: w.reason, answer: w.answer, weighed_by: w.userId, weighed_at: sql`now()` }),
    )
    .execute();
}

export const weighingOf = (db: Db, commentId: number) =>
  db.selectFrom('consultation_weighings').selectAll().where('comment_id', '=', commentId).executeTakeFirst();

/** One vote per resident and section: a second one replaces the first. */
export async function upsertVote(db: Db, sectionId: number, residentId: number, stance: VoteStance): Promise<void> {
  await db
    .insertInto('consultation_votes')
    .values({ section_id: sectionId, resident_id: residentId, stance })
    .onConflict((oc) => oc.columns(['section_id', 'resident_id']).doUpdateSet({ stance, updated_at: sql`now()` }))
    .execute();
}

export const deleteVote = (db: Db, sectionId: number, residentId: number) =>
  db.deleteFrom('consultation_votes').where('section_id', '=', sectionId).where('resident_id', '=', residentId).execute();

export const residentVote = async (db: Db, sectionId: number, residentId: number): Promise<VoteStance | null> =>
  (
    await db
      .selectFrom('consultation_votes')
      .select('stance')
      .where('section_id', '=', sectionId)
      .where('resident_id', '=', residentId)
      .executeTakeFirst()
  )?.stance ?? null;

/** The decisions of a Vorhaben, to adopt a version by one of them. */
export const projectDecisions = (db: Db, projectSlug: string) =>
  db
    .selectFrom('decisions as d')
    .innerJoin('projects as p', 'p.id', 'd.project_id')
    .where('p.slug', '=', projectSlug)
    .select(['d.id', 'd.reference', 'd.raw', sql<string | null>`to_char(d.date, 'YYYY-MM-DD')`.as('date'), 'd.council_web_url'])
    .select(sql<string | null>`(select cp.web from council_papers cp where cp.id = d.council_paper_id)`.as('paper_web'))
    .orderBy('d.position')
    .execute();

/** Every participation process with its Vorhaben's municipalities, for the new consultation's form. */
export const processChoices = (db: Db) =>
  db
    .selectFrom('participation_processes as pp')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .where('p.publication_state', '!=', 'archived')
    .select(['pp.slug', 'pp.title'])
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('project_municipalities as pm')
          .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
          .whereRef('pm.project_id', '=', 'p.id')
          .select('m.slug'),
      ).as('municipalities'),
    )
    .orderBy('pp.created_at', 'desc')
    .limit(500)
    .execute();

/**
 * The sections of the newest published version of each of a process's documents not yet adopted, with the
 * consultation's period, for comments staff type in from paper forms and events (ordered by document,
 * then by their place in the text).
 */
export async function offlineSectionChoices(db: Db, processId: number) {
  const { rows } = await sql<{ id: number; heading: string; version: number; title: LocalizedText; starts_on: string; ends_on: string }>`
    select s.id, s.heading, v.number as version, k.title,
           to_char(k.starts_on, 'YYYY-MM-DD') as starts_on, to_char(k.ends_on, 'YYYY-MM-DD') as ends_on
    from consultations k
    join consultation_versions v on v.consultation_id = k.id and v.published_at is not null
      and v.number = (select max(x.number) from consultation_versions x where x.consultation_id = k.id and x.published_at is not null)
    join consultation_sections s on s.version_id = v.id
    where k.process_id = ${processId} and k.adopted_version is null
    order by k.id, s.position`.execute(db);
  return rows;
}

/** Every section (of any version) of a process's documents: where offline comments on them are found. */
export const processSectionIds = async (db: Db, processId: number): Promise<number[]> =>
  (
    await db
      .selectFrom('consultation_sections as s')
      .innerJoin('consultation_versions as v', 'v.id', 's.version_id')
      .innerJoin('consultations as k', 'k.id', 'v.consultation_id')
      .where('k.process_id', '=', processId)
      .select('s.id')
      .execute()
  ).map((r) => r.id);
