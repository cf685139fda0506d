// SQL for ideas and their supports. An idea is read with its author's public name, its topic and the
// Vorhaben it was linked to.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { IdeaStatus } from '../../db/schema.js';

function ideas(db: Db) {
  return db
    .selectFrom('ideas as i')
    .leftJoin('residents as r', 'r.id', 'i.resident_id')
    .leftJoin('topics as tp', 'tp.id', 'i.topic_id')
    .leftJoin('projects as lp', 'lp.id', 'i.linked_project_id')
    .leftJoin('events as se', 'se.id', 'i.source_event_id')
    .select([
      'i.id',
      'i.process_id',
      'i.title',
      'i.body',
      'i.text_language',
      'i.location',
      'i.status',
      'i.status_reason',
      'i.answer',
      'i.answer_language',
      'i.answered_at',
      'i.support_count',
      'i.hidden_at',
      'i.hidden_reason',
      'i.created_at',
      'i.resident_id',
      'i.channel',
      'i.contributed_on',
      'se.title as source_event_title',
    ])
    .select(['r.display_name', 'tp.name as topic_name', 'tp.slug as topic_slug', 'lp.slug as linked_slug', 'lp.title as linked_title']);
}

/** An idea as its query returns it: the row with its author's public name, its topic and linked Vorhaben. */
export type IdeaRecord = Awaited<ReturnType<ReturnType<typeof ideas>['executeTakeFirstOrThrow']>>;

/** The visible ideas of a process, most supported first. */
export async function visibleIdeas(db: Db, processId: number): Promise<IdeaRecord[]> {
  return ideas(db)
    .where('i.process_id', '=', processId)
    .where('i.hidden_at', 'is', null)
    .orderBy('i.support_count', 'desc')
    .orderBy('i.created_at', 'desc')
    .limit(1000)
    .execute();
}

export async function findIdeaInProcess(db: Db, id: number, processId: number): Promise<IdeaRecord | undefined> {
  return ideas(db).where('i.id', '=', id).where('i.process_id', '=', processId).executeTakeFirst();
}

export async function getIdea(db: Db, id: number): Promise<IdeaRecord> {
  return ideas(db).where('i.id', '=', id).executeTakeFirstOrThrow();
}

export async function hasSupport(db: Db, ideaId: number, supporterKey: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('idea_supports')
      .select('id')
      .where('idea_id', '=', ideaId)
      .where('supporter_key', '=', supporterKey)
      .executeTakeFirst()) !== undefined
  );
}

export async function findTopicId(db: Db, slug: string) {
  return db.selectFrom('topics').select('id').where('slug', '=', slug).executeTakeFirst();
}

export async function insertIdea(
  db: Db,
  idea: {
    processId: number;
    residentId: number;
    title: string;
    body: string;
    textLanguage: string;
    topicId: number | null;
    location: string | null;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('ideas')
    .values({
      process_id: idea.processId,
      resident_id: idea.residentId,
      title: idea.title,
      body: idea.body,
      text_language: idea.textLanguage,
      topic_id: idea.topicId,
      location: idea.location,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findIdeaOfProcess(db: Db, id: number, processId: number) {
  return db.selectFrom('ideas').select(['id', 'hidden_at']).where('id', '=', id).where('process_id', '=', processId).executeTakeFirst();
}

/** Adds the supporter's support unless they gave it already; true when it is new. */
export async function addSupport(db: Db, ideaId: number, residentId: number, supporterKey: string): Promise<boolean> {
  const row = await db
    .insertInto('idea_supports')
    .values({ idea_id: ideaId, resident_id: residentId, supporter_key: supporterKey })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Takes the supporter's support back; true when there was one. */
export async function removeSupport(db: Db, ideaId: number, supporterKey: string): Promise<boolean> {
  const row = await db
    .deleteFrom('idea_supports')
    .where('idea_id', '=', ideaId)
    .where('supporter_key', '=', supporterKey)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function changeSupportCount(db: Db, ideaId: number, by: 1 | -1): Promise<void> {
  await db
    .updateTable('ideas')
    .set({ support_count: sql`support_count + ${by}` })
    .where('id', '=', ideaId)
    .execute();
}

// ---- back office ----

/** What moderating an idea needs: its state, process, Vorhaben and the author's address. */
export async function findStaffIdea(db: Db, id: number) {
  return db
    .selectFrom('ideas as i')
    .innerJoin('participation_processes as pp', 'pp.id', 'i.process_id')
    .leftJoin('residents as r', 'r.id', 'i.resident_id')
    .where('i.id', '=', id)
    .select([
      'i.id',
      'i.title',
      'i.status',
      'i.status_reason',
      'i.answer',
      'i.text_language',
      'i.answer_language',
      'i.hidden_at',
      'i.linked_project_id',
      'i.resident_id',
      'pp.slug as process_slug',
      'pp.project_id',
      'r.email',
      'r.locale',
    ])
    .executeTakeFirst();
}

/**
 * The newest ideas with the municipalities of their Vorhaben, of one status if given, of Vorhaben in
 * `scope`'s municipalities if given (an empty scope matches none).
 */
export async function listStaffIdeas(db: Db, status: IdeaStatus | null, scope: string[] | null) {
  let q = db
    .selectFrom('ideas as i')
    .innerJoin('participation_processes as pp', 'pp.id', 'i.process_id')
    .select([
      'i.id',
      'i.title',
      'i.status',
      'i.support_count',
      'i.hidden_at',
      'i.created_at',
      'i.text_language',
      'pp.slug as process_slug',
      'pp.title as process_title',
    ])
    .select((eb) =>
      eb
        .selectFrom('project_municipalities as pm')
        .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
        .whereRef('pm.project_id', '=', 'pp.project_id')
        .select(sql<string[]>`coalesce(array_agg(m.slug), '{}')`.as('m'))
        .as('municipalities'),
    );
  if (status) q = q.where('i.status', '=', status);
  if (scope)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('project_municipalities as pm')
          .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
          .whereRef('pm.project_id', '=', 'pp.project_id')
          .where('m.slug', 'in', scope.length ? scope : ['']),
      ),
    );
  return q.orderBy('i.created_at', 'desc').limit(500).execute();
}

export async function saveAnswer(
  db: Db,
  id: number,
  a: { status: IdeaStatus; statusReason: string | null; answer: string | null; answerLanguage: string; linkedProjectId: number | null },
): Promise<void> {
  await db
    .updateTable('ideas')
    .set({
      status: a.status,
      status_reason: a.statusReason,
      answer: a.answer,
      answer_language: a.answerLanguage,
      answered_at: a.answer ? sql`coalesce(answered_at, now())` : null,
      linked_project_id: a.linkedProjectId,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** Hides the idea with a public reason, or shows it again (reason null). */
export async function setHidden(db: Db, id: number, reason: string | null): Promise<void> {
  await db
    .updateTable('ideas')
    .set({ hidden_at: reason ? sql`now()` : null, hidden_reason: reason, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** An idea typed in by staff from a paper form or an event: no account, no name. */
export async function insertOfflineIdea(
  db: Db,
  idea: {
    processId: number;
    title: string;
    body: string;
    channel: 'event' | 'paper';
    eventId: number | null;
    municipalityId: number | null;
    day: string;
    enteredBy: number | null;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('ideas')
    .values({
      process_id: idea.processId,
      resident_id: null,
      title: idea.title,
      body: idea.body,
      topic_id: null,
      location: null,
      channel: idea.channel,
      source_event_id: idea.eventId,
      municipality_id: idea.municipalityId,
      contributed_on: idea.day,
      entered_by: idea.enteredBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
