// SQL of advisory cases: the case with its names, sessions and messages (files stored in the rows), the
// writes of the case's course, and the removal of cases. Deleting a case deletes its sessions and its
// messages with their files (`on delete cascade`), so nothing of it is left behind.
import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { AdvisoryCasesTable, AdvisoryMessagesTable, AdvisorySessionsTable, CaseStatus } from '../../db/schema.js';

function cases(db: Db) {
  return db
    .selectFrom('advisory_cases as c')
    .leftJoin('topics as tp', 'tp.id', 'c.topic_id')
    .leftJoin('municipalities as m', 'm.id', 'c.municipality_id')
    .leftJoin('users as a', 'a.id', 'c.advisor_id')
    .leftJoin('projects as p', 'p.id', 'c.project_id')
    .selectAll('c')
    .select([
      'tp.name as topic_name',
      'm.slug as municipality_slug',
      'm.name as municipality_name',
      'a.display_name as advisor_name',
      'a.email as advisor_email',
      'p.slug as project_slug',
    ]);
}
export type CaseView = Awaited<ReturnType<ReturnType<typeof cases>['executeTakeFirstOrThrow']>>;

export const caseById = (db: Db, id: number): Promise<CaseView | undefined> => cases(db).where('c.id', '=', id).executeTakeFirst();

export const caseOfResident = (db: Db, id: number, residentId: number): Promise<CaseView | undefined> =>
  cases(db).where('c.id', '=', id).where('c.resident_id', '=', residentId).executeTakeFirst();

/**
 * Open cases first, newest first; `municipalities` (a coordinator's) narrows the list in SQL, before its
 * limit, null lists every case.
 */
export function caseList(db: Db, municipalities: string[] | null): Promise<CaseView[]> {
  let q = cases(db);
  if (municipalities) q = q.where('m.slug', 'in', municipalities.length ? municipalities : ['']);
  return q
    .orderBy(sql`c.status = 'closed'`)
    .orderBy('c.created_at', 'desc')
    .limit(500)
    .execute();
}

/** What the team's mail needs: the case's title and status, the team's address and language. */
export const teamAddress = (db: Db, caseId: number) =>
  db
    .selectFrom('advisory_cases as c')
    .innerJoin('residents as r', 'r.id', 'c.resident_id')
    .select(['c.title', 'c.status', 'r.email', 'r.locale'])
    .where('c.id', '=', caseId)
    .executeTakeFirst();

export async function insertCase(db: Db, values: Insertable<AdvisoryCasesTable>): Promise<number> {
  const { id } = await db.insertInto('advisory_cases').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The resident's cases with what the team sees of them, for their data export. */
export const caseExportOfResident = (db: Db, residentId: number) =>
  db
    .selectFrom('advisory_cases')
    .select(['id', 'title', 'question', 'stage', 'team', 'status', 'outcome', 'outcome_note', 'created_at', 'closed_at'])
    .where('resident_id', '=', residentId)
    .orderBy('id')
    .execute();

export const messageExportOfResident = (db: Db, residentId: number) =>
  db
    .selectFrom('advisory_messages')
    .select(['case_id', 'body', 'file_name', 'created_at'])
    .where('resident_id', '=', residentId)
    .orderBy('id')
    .execute();

export const casesOfResident = (db: Db, residentId: number) =>
  db
    .selectFrom('advisory_cases')
    .select(['id', 'title', 'status', 'created_at'])
    .where('resident_id', '=', residentId)
    .orderBy('created_at', 'desc')
    .execute();

export const teamSessions = (db: Db, caseId: number) =>
  db
    .selectFrom('advisory_sessions')
    .select(['id', 'held_on', 'notes'])
    .where('case_id', '=', caseId)
    .where('internal', '=', false)
    .orderBy('held_on')
    .execute();

export const teamMessages = (db: Db, caseId: number) =>
  db
    .selectFrom('advisory_messages')
    .select(['id', 'body', 'user_id', 'resident_id', 'file_name', 'size', 'created_at'])
    .where('case_id', '=', caseId)
    .where('internal', '=', false)
    .orderBy('created_at')
    .execute();

/** The state of the team's own case that decides whether it may write. */
export const teamCaseState = (db: Db, id: number, residentId: number) =>
  db
    .selectFrom('advisory_cases')
    .select(['id', 'status', 'advisor_id'])
    .where('id', '=', id)
    .where('resident_id', '=', residentId)
    .executeTakeFirst();

export async function insertMessage(db: Db, values: Insertable<AdvisoryMessagesTable>): Promise<void> {
  await db.insertInto('advisory_messages').values(values).execute();
}

export async function insertSession(db: Db, values: Insertable<AdvisorySessionsTable>): Promise<void> {
  await db.insertInto('advisory_sessions').values(values).execute();
}

/** Marks activity on the case: retention counts idle time from here. */
export async function touchCase(db: Db, id: number): Promise<void> {
  await db
    .updateTable('advisory_cases')
    .set({ updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export const userEmail = (db: Db, userId: number) =>
  db.selectFrom('users').select(['email', 'locale']).where('id', '=', userId).executeTakeFirst();

/** A message's file with what decides who may read it: internal or not, the case's team and municipality. */
export const messageFile = (db: Db, caseId: number, messageId: number) =>
  db
    .selectFrom('advisory_messages as msg')
    .innerJoin('advisory_cases as c', 'c.id', 'msg.case_id')
    .leftJoin('municipalities as m', 'm.id', 'c.municipality_id')
    .select(['msg.file_name', 'msg.content_type', 'msg.content', 'msg.internal', 'c.resident_id', 'm.slug as municipality'])
    .where('msg.id', '=', messageId)
    .where('msg.case_id', '=', caseId)
    .where('msg.content', 'is not', null)
    .executeTakeFirst();

// ---- Back office ----

export const staffSessions = (db: Db, caseId: number, withInternal: boolean) =>
  db
    .selectFrom('advisory_sessions')
    .selectAll()
    .where('case_id', '=', caseId)
    .$if(!withInternal, (q) => q.where('internal', '=', false))
    .orderBy('held_on')
    .execute();

export const staffMessages = (db: Db, caseId: number, withInternal: boolean) =>
  db
    .selectFrom('advisory_messages as msg')
    .leftJoin('users as u', 'u.id', 'msg.user_id')
    .select([
      'msg.id',
      'msg.body',
      'msg.internal',
      'msg.user_id',
      'msg.resident_id',
      'msg.file_name',
      'msg.size',
      'msg.created_at',
      'u.email as staff_email',
    ])
    .where('msg.case_id', '=', caseId)
    .$if(!withInternal, (q) => q.where('msg.internal', '=', false))
    .orderBy('msg.created_at')
    .execute();

/** Active accounts of the agency and admins: who may be a case's advisor. */
export const advisors = (db: Db) =>
  db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .where('r.role', 'in', ['agency', 'admin'])
    .where('u.disabled_at', 'is', null)
    .select(['u.id', 'u.email', 'u.display_name'])
    .distinct()
    .orderBy('u.email')
    .execute();

export const advisor = (db: Db, userId: number) =>
  db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .where('u.id', '=', userId)
    .where('r.role', 'in', ['agency', 'admin'])
    .where('u.disabled_at', 'is', null)
    .select('u.id')
    .executeTakeFirst();

export const caseForUpdate = (trx: Db, id: number) =>
  trx.selectFrom('advisory_cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

/** What a move of the case sets besides its status. */
export type CaseChange = Updateable<AdvisoryCasesTable>;

export async function setStatus(db: Db, id: number, status: CaseStatus, set: CaseChange): Promise<void> {
  await db
    .updateTable('advisory_cases')
    .set({ ...set, status, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** The case's Vorhaben, locked until the transaction ends, so that it gets only one. */
export const projectOfCaseForUpdate = (trx: Db, id: number) =>
  trx.selectFrom('advisory_cases').select('project_id').where('id', '=', id).forUpdate().executeTakeFirstOrThrow();

export const projectIdBySlug = (db: Db, slug: string) =>
  db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();

export async function linkProject(db: Db, id: number, projectId: number): Promise<void> {
  await db
    .updateTable('advisory_cases')
    .set({ project_id: projectId, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Open cases with their advisor and age in days, by advisor, oldest first. */
export const openCasesByAdvisor = (db: Db) =>
  db
    .selectFrom('advisory_cases as c')
    .leftJoin('users as a', 'a.id', 'c.advisor_id')
    .where('c.status', '<>', 'closed')
    .select(['c.id', 'c.title', 'c.status', 'a.email as advisor', sql<number>`(current_date - c.created_at::date)`.as('age_days')])
    .orderBy('a.email')
    .orderBy('c.created_at')
    .execute();

// ---- Retention ----

export async function deleteCasesOfResident(db: Db, residentId: number): Promise<number[]> {
  const rows = await db.deleteFrom('advisory_cases').where('resident_id', '=', residentId).returning('id').execute();
  return rows.map((r) => r.id);
}

/**
 * Cases closed more than `closedMonths` ago, cases without any activity for `idleMonths`, and cases
 * whose team account is gone. The demo's example case holds no one's data and stays.
 */
export async function deleteExpiredCases(db: Db, closedMonths: number, idleMonths: number): Promise<number[]> {
  const rows = await db
    .deleteFrom('advisory_cases')
    .where('example', '=', false)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('status', '=', 'closed'),
          eb(sql`coalesce(closed_at, updated_at)`, '<', sql<Date>`now() - make_interval(months => ${closedMonths})`),
        ]),
        eb(sql`coalesce(closed_at, updated_at)`, '<', sql<Date>`now() - make_interval(months => ${idleMonths})`),
        eb('resident_id', 'is', null),
      ]),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
