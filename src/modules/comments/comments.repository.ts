// SQL of comment threads: where a thread lives (a public Vorhaben or an idea of a published process), the
// thread's comments, writing and editing a comment, and reports with the people they go to.
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { CommentsTable, PhaseKind } from '../../db/schema.js';

/** A thread is a Vorhaben's (project column set), an idea's (idea column set) or a consultation section's. */
export interface ThreadColumns {
  projectColumn: number | null;
  ideaColumn: number | null;
  sectionColumn: number | null;
}

/** The condition that selects a thread's comments; `table` is the comments table's alias, if any. */
function inThread(thread: ThreadColumns, table?: string) {
  const column = (name: string) => sql.ref(table ? `${table}.${name}` : name);
  if (thread.projectColumn !== null) return sql<boolean>`${column('project_id')} = ${thread.projectColumn}`;
  if (thread.ideaColumn !== null) return sql<boolean>`${column('idea_id')} = ${thread.ideaColumn}`;
  return sql<boolean>`${column('consultation_section_id')} = ${thread.sectionColumn}`;
}

export const municipalitySlugsOfProject = (db: Db, projectId: number) =>
  db
    .selectFrom('project_municipalities as pm')
    .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
    .where('pm.project_id', '=', projectId)
    .select('m.slug')
    .execute();

/** A Vorhaben whose thread can be read: published, or archived (then closed). */
export const readableProject = (db: Db, slug: string) =>
  db
    .selectFrom('projects')
    .select(['id', 'slug', 'title', 'publication_state'])
    .where('slug', '=', slug)
    .where('publication_state', 'in', ['published', 'archived'])
    .executeTakeFirst();

/** An idea of a published process of a published Vorhaben, and whether one of `phases` runs on `today`. */
export const ideaInPublishedProcess = (db: Db, ideaId: number, phases: PhaseKind[], today: string) =>
  db
    .selectFrom('ideas as i')
    .innerJoin('participation_processes as pp', 'pp.id', 'i.process_id')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .where('i.id', '=', ideaId)
    .where('pp.state', '=', 'published')
    .where('p.publication_state', '=', 'published')
    .select(['i.id', 'i.hidden_at', 'pp.slug as process_slug', 'p.id as project_id', 'p.title as project_title'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('process_phases as ph')
            .whereRef('ph.process_id', '=', 'pp.id')
            .where('ph.kind', 'in', phases)
            .where('ph.starts_on', '<=', today)
            .where('ph.ends_on', '>=', today),
        )
        .as('open'),
    )
    .executeTakeFirst();

/**
 * A section of a consultation with its document, process and Vorhaben: readable when the consultation's
 * process and Vorhaben are published and the section's version is; open for comments on `today` when it
 * is a section of the newest published version, the period runs and no version was adopted yet.
 */
export const consultationSection = (db: Db, sectionId: number, today: string) =>
  db
    .selectFrom('consultation_sections as s')
    .innerJoin('consultation_versions as v', 'v.id', 's.version_id')
    .innerJoin('consultations as k', 'k.id', 'v.consultation_id')
    .innerJoin('participation_processes as pp', 'pp.id', 'k.process_id')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .where('s.id', '=', sectionId)
    .where('v.published_at', 'is not', null)
    .where('pp.state', '=', 'published')
    .where('p.publication_state', 'in', ['published', 'archived'])
    .select(['s.id', 's.anchor', 's.body', 'k.slug as consultation_slug', 'p.id as project_id', 'p.title as project_title'])
    .select(
      sql<boolean>`p.publication_state = 'published' and k.adopted_version is null and k.starts_on <= ${today}::date and k.ends_on >= ${today}::date
        and v.number = (select max(v2.number) from consultation_versions v2 where v2.consultation_id = k.id and v2.published_at is not null)`.as(
        'open',
      ),
    )
    .executeTakeFirst();

/** Every comment of a thread, oldest first, with its author's name and whether it is still in the edit window. */
export function threadComments(db: Db, thread: ThreadColumns, editMinutes: number) {
  const q = db
    .selectFrom('comments as c')
    .leftJoin('residents as r', 'r.id', 'c.resident_id')
    .leftJoin('events as e', 'e.id', 'c.source_event_id')
    .select([
      'c.id',
      'c.parent_id',
      'c.depth',
      'c.resident_id',
      'c.body',
      'c.text_language',
      'c.created_at',
      'c.edited_at',
      'c.hidden_at',
      'c.hidden_reason',
      'c.channel',
      'c.contributed_on',
      'e.title as source_event_title',
      'c.quote',
      'r.display_name',
    ])
    .select(sql<boolean>`c.created_at > now() - make_interval(mins => ${editMinutes})`.as('in_window'));
  return q.where(inThread(thread, 'c')).orderBy('c.created_at').orderBy('c.id').limit(5000).execute();
}

/** The depth of a comment in the same thread, to answer it. */
export function parentDepth(db: Db, parentId: number, thread: ThreadColumns) {
  return db.selectFrom('comments').select(['depth']).where('id', '=', parentId).where(inThread(thread)).executeTakeFirst();
}

export async function insertComment(db: Db, values: Insertable<CommentsTable>): Promise<number> {
  const { id } = await db.insertInto('comments').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const commentById = (db: Db, id: number) =>
  db
    .selectFrom('comments')
    .select(['id', 'resident_id', 'hidden_at', 'body', 'project_id', 'idea_id', 'consultation_section_id'])
    .where('id', '=', id)
    .executeTakeFirst();

export const projectSlug = (db: Db, id: number) => db.selectFrom('projects').select('slug').where('id', '=', id).executeTakeFirstOrThrow();

/** Changes the text if the comment is the resident's, visible and in its edit window; false when not. */
export async function updateOwnComment(
  db: Db,
  commentId: number,
  residentId: number,
  body: string,
  textLanguage: string,
  editMinutes: number,
): Promise<boolean> {
  const updated = await db
    .updateTable('comments')
    .set({ body, text_language: textLanguage, edited_at: sql`now()` })
    .where('id', '=', commentId)
    .where('resident_id', '=', residentId)
    .where('hidden_at', 'is', null)
    .where(sql<boolean>`created_at > now() - make_interval(mins => ${editMinutes})`)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** The resident's report; false when they had reported the comment before. */
export async function insertReport(db: Db, commentId: number, residentId: number, reason: string): Promise<boolean> {
  const inserted = await db
    .insertInto('comment_reports')
    .values({ comment_id: commentId, resident_id: residentId, reason })
    .onConflict((oc) => oc.columns(['comment_id', 'resident_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Up to two open reports of a comment: enough to tell the first one from the others. */
export const openReports = (db: Db, commentId: number) =>
  db.selectFrom('comment_reports').select('id').where('comment_id', '=', commentId).where('resolved_at', 'is', null).limit(2).execute();

/** Moderators, and the coordinators of any of `municipalities`: active accounts, each address once. */
export const reportRecipients = (db: Db, municipalities: string[]) =>
  db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .leftJoin('municipalities as m', 'm.id', 'r.municipality_id')
    .where('u.disabled_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('r.role', '=', 'moderator'),
        eb.and([eb('r.role', '=', 'coordinator'), eb('m.slug', 'in', municipalities.length ? municipalities : [''])]),
      ]),
    )
    .select(['u.email', 'u.locale'])
    .distinct()
    .execute();
