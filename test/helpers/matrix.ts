// The authorisation matrix's shared parts: the actors every case is tried with, a digest of the
// database that must not change on a refusal, the request as a browser sends it, and the check itself.
// Used by authorization-matrix.test.ts (every state-changing route) and authorization-scope.test.ts
// (references to other municipalities' rows, reads and uploads).
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.js';
import type { Role } from '../../src/db/schema.js';
import { postForm, type StaffSession, staffSession } from './staff.js';

export const actors = {
  admin: [{ role: 'admin' }],
  agency: [{ role: 'agency' }],
  'coordinator@flensburg': [{ role: 'coordinator', municipality: 'flensburg' }],
  'editor@flensburg': [{ role: 'editor', municipality: 'flensburg' }],
  'coordinator@nordfriesland': [{ role: 'coordinator', municipality: 'nordfriesland' }],
  'editor@nordfriesland': [{ role: 'editor', municipality: 'nordfriesland' }],
  moderator: [{ role: 'moderator' }],
  finance: [{ role: 'finance' }],
  reviewer: [{ role: 'reviewer' }],
} satisfies Record<string, { role: Role; municipality?: string }[]>;
export type ActorName = keyof typeof actors | 'nobody';

export interface MatrixRequest {
  url: string;
  form: Record<string, string | string[]>;
  /** A file's content: the request goes as multipart/form-data with the form's fields beside it. */
  multipart?: string;
  fileName?: string;
  fileType?: string;
}
export interface Case {
  allowed: ActorName[];
  prepare: (session: StaffSession | null) => Promise<MatrixRequest>;
}

export async function actorSessions(db: Db): Promise<Map<ActorName, StaffSession>> {
  const sessions = new Map<ActorName, StaffSession>();
  for (const [name, roles] of Object.entries(actors)) sessions.set(name as ActorName, await staffSession(db, roles));
  return sessions;
}

/** A digest of everything a state-changing route could touch, link columns included. */
export async function fingerprint(db: Db): Promise<string> {
  const row = await sql<{ f: string }>`select md5(concat_ws('|',
    (select count(*) from audit_log),
    (select string_agg(concat_ws(',', id, version, publication_state, updated_at), ';' order by id) from projects),
    (select string_agg(concat_ws(',', project_id, state, updated_at), ';' order by project_id) from project_drafts),
    (select count(*) from project_notes),
    (select string_agg(concat_ws(',', id, project_id, position, label, geometry::text), ';' order by id) from project_places),
    (select string_agg(concat_ws(',', project_id, locality_id), ';' order by project_id, locality_id) from project_localities),
    (select string_agg(concat_ws(',', id, decision_bodies::text, participation_quorum), ';' order by id) from municipalities),
    (select count(*) from pending_imports),
    (select string_agg(concat_ws(',', id, email, disabled_at), ';' order by id) from users),
    (select string_agg(concat_ws(',', id, role, municipality_id), ';' order by id) from user_roles),
    (select count(*) from password_resets),
    (select string_agg(concat_ws(',', user_id, confirmed_at, last_step, pending_secret), ';' order by user_id) from staff_totp),
    (select string_agg(concat_ws(',', id, used_at), ';' order by id) from staff_recovery_codes),
    (select string_agg(concat_ws(',', id, state, sequence, updated_at, documentation::text, project_id, process_id, organiser_municipality_id), ';' order by id) from events),
    (select string_agg(concat_ws(',', id, status, attended_at), ';' order by id) from event_registrations),
    (select count(*) from event_files),
    (select string_agg(concat_ws(',', id, status, weighing), ';' order by id) from notices),
    (select string_agg(concat_ws(',', id, status, agenda_reference), ';' order by id) from participation_requests),
    (select string_agg(concat_ws(',', id, state, updated_at, project_id), ';' order by id) from participation_processes),
    (select count(*) from follows),
    (select count(*) from list_editions),
    (select string_agg(concat_ws(',', id, status, answer, hidden_at, linked_project_id), ';' order by id) from ideas),
    (select string_agg(concat_ws(',', id, hidden_at), ';' order by id) from comments),
    (select string_agg(concat_ws(',', id, resolved_at), ';' order by id) from comment_reports),
    (select string_agg(concat_ws(',', id, blocked_at), ';' order by id) from residents),
    (select string_agg(concat_ws(',', id, verified_at, hidden_at, updated_at), ';' order by id) from partners),
    (select string_agg(concat_ws(',', id, outcome), ';' order by id) from introductions),
    (select string_agg(concat_ws(',', id, status, project_id, updated_at), ';' order by id) from advisory_cases),
    (select count(*) from advisory_sessions),
    (select count(*) from advisory_messages),
    (select string_agg(concat_ws(',', programme_id, grant_reference, funding_rate_bp, updated_at), ';') from programme_grants),
    (select string_agg(concat_ws(',', id, code, starts_on, ends_on, proof_months, proof_submitted_on), ';' order by id) from programme_phases),
    (select string_agg(concat_ws(',', id, slug, code, status, progress_percent, updated_at), ';' order by id) from finance_measures),
    (select string_agg(concat_ws(',', id, amount_cents), ';' order by id) from finance_budget_lines),
    (select string_agg(concat_ws(',', id, cancelled_at), ';' order by id) from finance_expenditures),
    (select string_agg(concat_ws(',', id, done_on), ';' order by id) from finance_milestones),
    (select count(*) from finance_indicators),
    (select count(*) from finance_indicator_values),
    (select count(*) from finance_outputs),
    (select string_agg(concat_ws(',', id, received_on, received_cents, cancelled_at), ';' order by id) from finance_drawdowns),
    (select string_agg(concat_ws(',', id, done_on), ';' order by id) from finance_deadlines),
    (select count(*) from finance_pending_imports),
    (select string_agg(concat_ws(',', municipality_id, system_url, body_url, reference_pattern, lead_time_months), ';' order by municipality_id) from council_settings),
    (select count(*) from council_dismissed_suggestions),
    (select count(*) from council_confirmed_papers),
    (select string_agg(concat_ws(',', id, state, results_published_at, updated_at), ';' order by id) from surveys),
    (select count(*) from survey_questions),
    (select count(*) from survey_codes),
    (select count(*) from survey_responses),
    (select string_agg(concat_ws(',', response_id, question_id, text_state), ';' order by response_id, question_id) from survey_answers),
    (select string_agg(concat_ws(',', id, slug, updated_at, adopted_version, adopted_reference), ';' order by id) from consultations),
    (select string_agg(concat_ws(',', id, number, published_at), ';' order by id) from consultation_versions),
    (select string_agg(concat_ws(',', id, md5(body), change_note), ';' order by id) from consultation_sections),
    (select count(*) from consultation_citations),
    (select string_agg(concat_ws(',', comment_id, outcome, weighed_at), ';' order by comment_id) from consultation_weighings),
    (select string_agg(concat_ws(',', id, council_paper_id, council_web_url), ';' order by id) from decisions))) as f`.execute(db);
  return row.rows[0]!.f;
}

/** The request as a browser sends it: a form post, or a multipart upload of `multipart` as a CSV file. */
export function send(app: FastifyInstance, request: MatrixRequest, session: StaffSession | undefined) {
  if (!request.multipart) return postForm(app, request.url, request.form, session);
  const boundary = '----matrix';
  const payload =
    (session ? `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${session.csrf}\r\n` : '') +
    Object.entries(request.form)
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${String(v)}\r\n`)
      .join('') +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${request.fileName ?? 'liste.csv'}"\r\nContent-Type: ${request.fileType ?? 'text/csv'}\r\n\r\n${request.multipart}\r\n--${boundary}--\r\n`;
  return app.inject({
    method: 'POST',
    url: request.url,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    cookies: session?.cookies ?? {},
  });
}

/**
 * Tries the case with every actor and with no session: the allowed ones must succeed and change
 * something; everyone else is refused (a sign-in redirect without a session, 403 with one) and
 * nothing in the database changes.
 */
export async function checkCase(
  app: FastifyInstance,
  db: Db,
  sessions: Map<ActorName, StaffSession>,
  route: string,
  spec: Case,
): Promise<void> {
  for (const name of ['nobody', ...Object.keys(actors)] as ActorName[]) {
    const session = name === 'nobody' ? undefined : sessions.get(name)!;
    const request = await spec.prepare(session ?? null);
    const before = await fingerprint(db);
    const res = await send(app, request, session);
    if (spec.allowed.includes(name)) {
      assert.ok(res.statusCode < 400, `${name} should succeed at ${request.url}, got ${res.statusCode}: ${res.body.slice(0, 300)}`);
      assert.notEqual(await fingerprint(db), before, `${name} at ${route} succeeded but changed nothing`);
      continue;
    }
    if (name === 'nobody') {
      assert.equal(res.statusCode, 303, `${route} without a session`);
      assert.match(String(res.headers.location), /^\/de\/anmelden/);
    } else {
      assert.equal(res.statusCode, 403, `${name} at ${route} must be refused, got ${res.statusCode}`);
    }
    assert.equal(await fingerprint(db), before, `${name} at ${route} changed data`);
  }
}
