// SQL of the contributions staff type in from paper forms and events: what the form offers (events,
// municipalities, the process's ideas) and the offline entries of a process so far.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** The process's and its Vorhaben's events first, then the programme's others of the last two years and the coming one. */
export async function eventChoices(db: Db, processId: number, projectId: number) {
  return db
    .selectFrom('events')
    .select(['id', 'title', 'starts_at'])
    .where('state', '<>', 'draft')
    .where((eb) =>
      eb.or([
        eb('process_id', '=', processId),
        eb('project_id', '=', projectId),
        eb('starts_at', '>', sql<Date>`now() - interval '2 years'`).and('starts_at', '<', sql<Date>`now() + interval '1 year'`),
      ]),
    )
    .orderBy(sql`(process_id is not distinct from ${processId} or project_id is not distinct from ${projectId})`, 'desc')
    .orderBy('starts_at', 'desc')
    .limit(300)
    .execute();
}

export async function municipalityChoices(db: Db) {
  return db.selectFrom('municipalities').select(['id', 'name']).orderBy('name').execute();
}

export async function eventExists(db: Db, id: number): Promise<boolean> {
  return !!(await db.selectFrom('events').select('id').where('id', '=', id).where('state', '<>', 'draft').executeTakeFirst());
}

export async function municipalityExists(db: Db, id: number): Promise<boolean> {
  return !!(await db.selectFrom('municipalities').select('id').where('id', '=', id).executeTakeFirst());
}

/** The visible ideas of a process an offline comment may answer. */
export async function ideaChoices(db: Db, processId: number) {
  return db
    .selectFrom('ideas')
    .select(['id', 'title'])
    .where('process_id', '=', processId)
    .where('hidden_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
}

/** The offline ideas and comments of a process (on its Vorhaben, ideas and document sections), newest first. */
export async function offlineEntries(db: Db, processId: number, projectId: number, sectionIds: readonly number[]) {
  const { rows } = await sql<{
    kind: 'idea' | 'comment';
    id: number;
    text: string;
    channel: 'event' | 'paper';
    contributed_on: string;
    event_title: { de: string } | null;
    idea_id: number | null;
  }>`
    select 'idea' as kind, i.id, i.title as text, i.channel, to_char(i.contributed_on, 'YYYY-MM-DD') as contributed_on,
           e.title as event_title, i.id as idea_id, i.created_at
    from ideas i left join events e on e.id = i.source_event_id
    where i.process_id = ${processId} and i.channel <> 'online'
    union all
    select 'comment', c.id, c.body, c.channel, to_char(c.contributed_on, 'YYYY-MM-DD'), e.title, c.idea_id, c.created_at
    from comments c left join events e on e.id = c.source_event_id left join ideas ci on ci.id = c.idea_id
    where c.channel <> 'online'
      and (ci.process_id = ${processId} or c.project_id = ${projectId} or c.consultation_section_id = any(${sectionIds}::int[]))
    order by created_at desc limit 200`.execute(db);
  return rows;
}
