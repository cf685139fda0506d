// SQL of the open-data catalogue: the dates each dataset's data carries (last change, first publication,
// period covered) and who publishes it. Only what the public data already shows is read.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DatasetDates } from './dataset.types.js';

const isoDate = (column: string, fn: 'min' | 'max') => sql<string | null>`to_char(${sql.raw(`${fn}(${column})`)}, 'YYYY-MM-DD')`;

export async function projectDates(db: Db): Promise<DatasetDates> {
  const row = await db
    .selectFrom('projects')
    .where('publication_state', '=', 'published')
    .select([
      sql<Date | null>`max(updated_at)`.as('modified'),
      isoDate('added_on', 'min').as('issued'),
      isoDate('coalesce(start_date, added_on)', 'min').as('start'),
      isoDate('end_date', 'max').as('end'),
    ])
    .executeTakeFirstOrThrow();
  return { modified: row.modified, issued: row.issued, coverage: { start: row.start, end: row.end } };
}

export async function eventDates(db: Db): Promise<DatasetDates> {
  const row = await db
    .selectFrom('events')
    .where('state', 'in', ['published', 'cancelled'])
    .select([
      sql<Date | null>`max(updated_at)`.as('modified'),
      isoDate('created_at', 'min').as('issued'),
      isoDate(`starts_at at time zone 'Europe/Berlin'`, 'min').as('start'),
      isoDate(`ends_at at time zone 'Europe/Berlin'`, 'max').as('end'),
    ])
    .executeTakeFirstOrThrow();
  return { modified: row.modified, issued: row.issued, coverage: { start: row.start, end: row.end } };
}

export async function processDates(db: Db): Promise<DatasetDates> {
  const row = await db
    .selectFrom('participation_processes as p')
    .leftJoin('process_phases as ph', 'ph.process_id', 'p.id')
    .where('p.state', '=', 'published')
    .select([
      sql<Date | null>`max(p.updated_at)`.as('modified'),
      isoDate('p.created_at', 'min').as('issued'),
      isoDate('ph.starts_on', 'min').as('start'),
      isoDate('ph.ends_on', 'max').as('end'),
    ])
    .executeTakeFirstOrThrow();
  return { modified: row.modified, issued: row.issued, coverage: { start: row.start, end: row.end } };
}

export async function partnerDates(db: Db): Promise<DatasetDates> {
  const row = await db
    .selectFrom('partners')
    .where('verified_at', 'is not', null)
    .where('hidden_at', 'is', null)
    .select([sql<Date | null>`max(updated_at)`.as('modified'), isoDate('verified_at', 'min').as('issued')])
    .executeTakeFirstOrThrow();
  return { modified: row.modified, issued: row.issued, coverage: { start: null, end: null } };
}

export async function programmeDates(db: Db): Promise<DatasetDates> {
  const row = await db
    .selectFrom('programmes as p')
    .select([
      sql<Date | null>`greatest((select max(updated_at) from programme_grants), (select max(updated_at) from finance_measures))`.as(
        'modified',
      ),
      isoDate('p.starts_on', 'min').as('start'),
      isoDate('p.ends_on', 'max').as('end'),
    ])
    .executeTakeFirstOrThrow();
  return { modified: row.modified, issued: row.start, coverage: { start: row.start, end: row.end } };
}

/** The digital agency that runs the programme: the publisher of its open data. */
export async function findPublisher(db: Db): Promise<{ name: string; website: string | null } | undefined> {
  return db
    .selectFrom('programmes as p')
    .innerJoin('organisations as o', 'o.id', 'p.agency_id')
    .select(['o.name', 'o.website'])
    .orderBy('p.id')
    .executeTakeFirst();
}
