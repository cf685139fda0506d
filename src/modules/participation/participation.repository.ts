// SQL for notices, participation requests and signatures, and what participation reads of a Vorhaben
// (municipalities, quorum, decisions, slug).
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { addressKey } from '../../lib/address-key.js';
import type { AgendaDecision, NoticeStatus, RequestStatus } from '../../db/schema.js';

/** The slugs of the Vorhaben's municipalities: whose staff may moderate its participation. */
export async function projectMunicipalitySlugs(db: Db, projectId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('project_municipalities as pm')
    .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
    .where('pm.project_id', '=', projectId)
    .select('m.slug')
    .execute();
  return rows.map((r) => r.slug);
}

export async function projectSlug(db: Db, projectId: number): Promise<string> {
  return (await db.selectFrom('projects').select('slug').where('id', '=', projectId).executeTakeFirstOrThrow()).slug;
}

/** The quorum of the Vorhaben's municipality (the smallest, for a joint one); null when none has one. */
export async function quorumOf(db: Db, projectId: number): Promise<number | null> {
  const row = await db
    .selectFrom('project_municipalities as pm')
    .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
    .where('pm.project_id', '=', projectId)
    .select(sql<number | null>`min(m.participation_quorum)`.as('q'))
    .executeTakeFirst();
  return row?.q ?? null;
}

/** The active coordinators of the Vorhaben's municipalities and the agency's staff, each address once. */
export async function quorumRecipients(db: Db, projectId: number) {
  return db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .leftJoin('project_municipalities as pm', (j) =>
      j.onRef('pm.municipality_id', '=', 'r.municipality_id').on('pm.project_id', '=', projectId),
    )
    .where('u.disabled_at', 'is', null)
    .where((eb) => eb.or([eb.and([eb('r.role', '=', 'coordinator'), eb('pm.project_id', 'is not', null)]), eb('r.role', '=', 'agency')]))
    .select(['u.email', 'u.locale'])
    .distinct()
    .execute();
}

/** The Vorhaben's decisions in their order, for linking a request's agenda item to one of them. */
export async function decisionsOf(db: Db, projectId: number) {
  return db
    .selectFrom('decisions')
    .select(['position', 'reference', 'body_name', 'date', 'raw'])
    .where('project_id', '=', projectId)
    .orderBy('position')
    .execute();
}

export async function insertNotice(
  db: Db,
  n: { projectId: number; body: string; name: string | null; email: string; locale: string; textLanguage: string; tokenHash: string },
): Promise<number> {
  const row = await db
    .insertInto('notices')
    .values({
      project_id: n.projectId,
      body: n.body,
      name: n.name,
      email: n.email,
      locale: n.locale,
      text_language: n.textLanguage,
      confirm_token_hash: n.tokenHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Confirms the address of an unconfirmed notice; returns its id, or undefined for an unknown or used link. */
export async function confirmNotice(db: Db, tokenHash: string) {
  return db
    .updateTable('notices')
    .set({ status: 'received', confirmed_at: sql`now()`, confirm_token_hash: null })
    .where('confirm_token_hash', '=', tokenHash)
    .where('status', '=', 'unconfirmed')
    .returning(['id', 'project_id'])
    .executeTakeFirst();
}

export async function releasedNotices(db: Db, projectId: number) {
  return db
    .selectFrom('notices')
    .select(['id', 'body', 'weighing', 'text_language', 'weighing_language', 'created_at', 'released_at'])
    .where('project_id', '=', projectId)
    .where('status', '=', 'released')
    .orderBy('released_at', 'desc')
    .execute();
}

export async function publicRequests(db: Db, projectId: number) {
  return db
    .selectFrom('participation_requests')
    .select(['id', 'kind', 'title', 'status', 'quorum', 'signature_count', 'created_at', 'text_language'])
    .where('project_id', '=', projectId)
    .where('status', 'not in', ['unconfirmed', 'hidden'])
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findRequest(db: Db, id: number) {
  return db
    .selectFrom('participation_requests as r')
    .innerJoin('projects as p', 'p.id', 'r.project_id')
    .selectAll('r')
    .select(['p.slug as project_slug', 'p.title as project_title'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function lockRequest(db: Db, id: number) {
  return db.selectFrom('participation_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertRequest(
  db: Db,
  r: {
    projectId: number;
    kind: 'informal' | 'signatures';
    title: string;
    reasoning: string;
    name: string | null;
    email: string;
    locale: string;
    textLanguage: string;
    tokenHash: string;
    quorum: number | null;
  },
): Promise<number> {
  const row = await db
    .insertInto('participation_requests')
    .values({
      project_id: r.projectId,
      kind: r.kind,
      title: r.title,
      reasoning: r.reasoning,
      initiator_name: r.name,
      initiator_email: r.email,
      locale: r.locale,
      text_language: r.textLanguage,
      confirm_token_hash: r.tokenHash,
      quorum: r.quorum,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function confirmRequest(db: Db, tokenHash: string) {
  return db
    .updateTable('participation_requests')
    .set({ status: 'received', confirmed_at: sql`now()`, confirm_token_hash: null, updated_at: sql`now()` })
    .where('confirm_token_hash', '=', tokenHash)
    .where('status', '=', 'unconfirmed')
    .returning(['id', 'project_id'])
    .executeTakeFirst();
}

export async function insertSignature(
  db: Db,
  s: { requestId: number; name: string; residence: string; email: string; locale: string; tokenHash: string },
): Promise<void> {
  await db
    .insertInto('signatures')
    .values({
      request_id: s.requestId,
      name: s.name,
      residence: s.residence,
      email: s.email,
      email_key: addressKey(s.email),
      locale: s.locale,
      confirm_token_hash: s.tokenHash,
    })
    .execute();
}

export async function signatureByToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('signatures')
    .selectAll()
    .where('confirm_token_hash', '=', tokenHash)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
}

export async function hasConfirmedSignature(db: Db, requestId: number, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('signatures')
    .select('id')
    .where('request_id', '=', requestId)
    .where('email_key', '=', addressKey(email))
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst();
  return !!row;
}

export async function markSignatureConfirmed(db: Db, id: number): Promise<void> {
  await db
    .updateTable('signatures')
    .set({ confirmed_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Counts one more signature; returns the new count. Call with the request row locked. */
export async function countSignature(db: Db, requestId: number): Promise<number> {
  const row = await db
    .updateTable('participation_requests')
    .set({ signature_count: sql`signature_count + 1`, updated_at: sql`now()` })
    .where('id', '=', requestId)
    .returning('signature_count')
    .executeTakeFirstOrThrow();
  return row.signature_count;
}

const closedStatuses: RequestStatus[] = ['accepted', 'rejected', 'hidden'];

export async function setRequestStatus(
  db: Db,
  id: number,
  status: RequestStatus,
  extra: {
    agendaReference?: string | null;
    decisionText?: string | null;
    decisionLanguage?: string;
    agendaDecision?: AgendaDecision | null;
    agendaItemId?: number | null;
  } = {},
): Promise<void> {
  await db
    .updateTable('participation_requests')
    .set({
      status,
      updated_at: sql`now()`,
      ...(status === 'quorum_reached' ? { quorum_reached_at: sql`now()` } : {}),
      closed_at: closedStatuses.includes(status) ? sql`coalesce(closed_at, now())` : null,
      ...(extra.agendaReference !== undefined ? { agenda_reference: extra.agendaReference } : {}),
      ...(extra.decisionText !== undefined ? { decision_text: extra.decisionText } : {}),
      ...(extra.decisionLanguage !== undefined ? { decision_language: extra.decisionLanguage } : {}),
      ...(extra.agendaDecision !== undefined ? { agenda_decision: JSON.stringify(extra.agendaDecision) } : {}),
      ...(extra.agendaItemId !== undefined ? { agenda_item_id: extra.agendaItemId } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** The agenda item a request on the agenda stands on, and the agenda reference that goes with it. */
export async function setRequestAgendaItem(db: Db, id: number, agendaItemId: number | null, agendaReference: string | null): Promise<void> {
  await db
    .updateTable('participation_requests')
    .set({ agenda_item_id: agendaItemId, agenda_reference: agendaReference, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function staffNotices(db: Db, scope: string[] | null, status?: NoticeStatus) {
  let q = db
    .selectFrom('notices as n')
    .innerJoin('projects as p', 'p.id', 'n.project_id')
    .select([
      'n.id',
      'n.body',
      'n.name',
      'n.status',
      'n.weighing',
      'n.text_language',
      'n.weighing_language',
      'n.created_at',
      'p.slug as project_slug',
      'p.title as project_title',
    ])
    .where('n.status', '<>', 'unconfirmed');
  if (status) q = q.where('n.status', '=', status);
  if (scope)
    q = q.where(
      sql<boolean>`exists (select 1 from project_municipalities pm join municipalities m on m.id = pm.municipality_id where pm.project_id = p.id and m.slug = any(${scope}::text[]))`,
    );
  return q.orderBy('n.created_at', 'desc').limit(200).execute();
}

export async function staffRequests(db: Db, scope: string[] | null) {
  let q = db
    .selectFrom('participation_requests as r')
    .innerJoin('projects as p', 'p.id', 'r.project_id')
    .select([
      'r.id',
      'r.title',
      'r.kind',
      'r.status',
      'r.signature_count',
      'r.quorum',
      'r.created_at',
      'r.text_language',
      'p.slug as project_slug',
      'p.title as project_title',
    ])
    .where('r.status', '<>', 'unconfirmed');
  if (scope)
    q = q.where(
      sql<boolean>`exists (select 1 from project_municipalities pm join municipalities m on m.id = pm.municipality_id where pm.project_id = p.id and m.slug = any(${scope}::text[]))`,
    );
  return q.orderBy('r.updated_at', 'desc').limit(200).execute();
}

export async function findNotice(db: Db, id: number) {
  return db
    .selectFrom('notices as n')
    .innerJoin('projects as p', 'p.id', 'n.project_id')
    .selectAll('n')
    .select(['p.slug as project_slug', 'p.title as project_title'])
    .where('n.id', '=', id)
    .executeTakeFirst();
}

export async function updateNotice(
  db: Db,
  id: number,
  set: { status?: NoticeStatus; weighing?: string | null; weighingLanguage?: string; weighedBy?: number | null },
): Promise<void> {
  await db
    .updateTable('notices')
    .set({
      ...(set.status ? { status: set.status } : {}),
      ...(set.status === 'released' ? { released_at: sql`coalesce(released_at, now())` } : {}),
      ...(set.status === 'released' || set.status === 'hidden' ? { closed_at: sql`coalesce(closed_at, now())` } : {}),
      ...(set.weighing !== undefined ? { weighing: set.weighing } : {}),
      ...(set.weighingLanguage !== undefined ? { weighing_language: set.weighingLanguage } : {}),
      ...(set.weighedBy !== undefined ? { weighed_by: set.weighedBy } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Deletes the signatures of requests closed (accepted or rejected) longer ago than their municipality's
 * retention period, and unconfirmed signatures and contributions older than a week.
 */
export async function purgeSignatures(db: Db, unconfirmedDays: number, openCollectionYears: number): Promise<number> {
  const signatures = await sql`
    delete from signatures s using participation_requests r
     where r.id = s.request_id
       and ((r.status in ('accepted', 'rejected', 'hidden') and r.updated_at < now() - make_interval(days => coalesce((
              select min(m.signature_retention_days) from project_municipalities pm join municipalities m on m.id = pm.municipality_id where pm.project_id = r.project_id), 180)))
            or r.updated_at < now() - make_interval(years => ${openCollectionYears})
            or (s.confirmed_at is null and s.created_at < now() - make_interval(days => ${unconfirmedDays})))`.execute(db);
  return Number(signatures.numAffectedRows ?? 0);
}

/** Name and address of authors who never confirmed them: the text was never taken up. */
export async function anonymiseUnconfirmedAuthors(db: Db, days: number): Promise<void> {
  await sql`update notices set name = null, email = null, anonymised_at = now() where status = 'unconfirmed' and anonymised_at is null and created_at < now() - make_interval(days => ${days})`.execute(
    db,
  );
  await sql`update participation_requests set initiator_name = null, initiator_email = null where status = 'unconfirmed' and initiator_email is not null and created_at < now() - make_interval(days => ${days})`.execute(
    db,
  );
}

/**
 * Removes name and address of notice and request authors once the notice or request has been closed
 * for `closedMonths`, or, when it never closes, `openYears` after it was last touched. The text stays.
 */
export async function anonymiseClosedAuthors(db: Db, closedMonths: number, openYears: number): Promise<number> {
  const notices = await sql`
    update notices set name = null, email = null, anonymised_at = now()
     where email is not null and status <> 'unconfirmed'
       and coalesce(closed_at, created_at) < now() - make_interval(months => ${closedMonths})
       and (closed_at is not null or created_at < now() - make_interval(years => ${openYears}))`.execute(db);
  const requests = await sql`
    update participation_requests set initiator_name = null, initiator_email = null
     where initiator_email is not null and status <> 'unconfirmed'
       and coalesce(closed_at, updated_at) < now() - make_interval(months => ${closedMonths})
       and (closed_at is not null or updated_at < now() - make_interval(years => ${openYears}))`.execute(db);
  return Number(notices.numAffectedRows ?? 0) + Number(requests.numAffectedRows ?? 0);
}
