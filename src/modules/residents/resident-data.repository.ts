// SQL reading what we hold about one resident: their contributions for the profile page, and every
// record for the data export (Art. 15 and 20 GDPR). Guest records given with the same address (notices,
// request initiations, signatures, event registrations) are matched by the lower-cased address.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export const ownIdeas = (db: Db, residentId: number) =>
  db
    .selectFrom('ideas as i')
    .innerJoin('participation_processes as p', 'p.id', 'i.process_id')
    .where('i.resident_id', '=', residentId)
    .select(['i.id', 'i.title', 'i.status', 'i.support_count', 'i.hidden_at', 'i.created_at', 'p.slug as process_slug'])
    .orderBy('i.created_at', 'desc')
    .execute();

export const ownComments = (db: Db, residentId: number) =>
  db
    .selectFrom('comments as c')
    .leftJoin('projects as pr', 'pr.id', 'c.project_id')
    .leftJoin('ideas as i', 'i.id', 'c.idea_id')
    .leftJoin('participation_processes as p', 'p.id', 'i.process_id')
    .where('c.resident_id', '=', residentId)
    .select(['c.id', 'c.body', 'c.created_at', 'c.hidden_at', 'pr.slug as project_slug', 'c.idea_id', 'p.slug as process_slug'])
    .orderBy('c.created_at', 'desc')
    .limit(200)
    .execute();

export const ownSupports = (db: Db, residentId: number) =>
  db
    .selectFrom('idea_supports as s')
    .innerJoin('ideas as i', 'i.id', 's.idea_id')
    .innerJoin('participation_processes as p', 'p.id', 'i.process_id')
    .where('s.resident_id', '=', residentId)
    .select(['i.id', 'i.title', 'p.slug as process_slug', 's.created_at'])
    .orderBy('s.created_at', 'desc')
    .execute();

// ---- the export ----

export const exportAccount = (db: Db, residentId: number) =>
  db
    .selectFrom('residents')
    .select([
      'email',
      'display_name',
      'locale',
      'notify_mode',
      'created_at',
      'blocked_at',
      'blocked_reason',
      sql<boolean>`password_hash is not null`.as('has_password'),
    ])
    .where('id', '=', residentId)
    .executeTakeFirstOrThrow();

export const exportSessions = (db: Db, residentId: number) =>
  db.selectFrom('resident_sessions').select(['created_at', 'expires_at']).where('resident_id', '=', residentId).orderBy('id').execute();

export const exportIdeas = (db: Db, residentId: number) =>
  db
    .selectFrom('ideas')
    .select([
      'id',
      'process_id',
      'title',
      'body',
      'topic_id',
      'location',
      'status',
      'status_reason',
      'answer',
      'answered_at',
      'linked_project_id',
      'support_count',
      'created_at',
      'hidden_at',
      'hidden_reason',
    ])
    .where('resident_id', '=', residentId)
    .orderBy('id')
    .execute();

export const exportComments = (db: Db, residentId: number) =>
  db
    .selectFrom('comments')
    .select([
      'id',
      'project_id',
      'idea_id',
      'consultation_section_id',
      'parent_id',
      'quote',
      'body',
      'text_language',
      'created_at',
      'edited_at',
      'hidden_at',
      'hidden_reason',
    ])
    .where('resident_id', '=', residentId)
    .orderBy('id')
    .execute();

export const exportSupports = (db: Db, residentId: number) =>
  db.selectFrom('idea_supports').select(['idea_id', 'created_at']).where('resident_id', '=', residentId).orderBy('id').execute();

export const exportSectionVotes = (db: Db, residentId: number) =>
  db
    .selectFrom('consultation_votes')
    .select(['section_id', 'stance', 'updated_at'])
    .where('resident_id', '=', residentId)
    .orderBy('section_id')
    .execute();

/** Which surveys the resident answered: the answers themselves are stored apart from any account. */
export const exportSurveysAnswered = (db: Db, residentId: number) =>
  db
    .selectFrom('survey_participants')
    .select(['survey_id', 'created_at'])
    .where('resident_id', '=', residentId)
    .orderBy('created_at')
    .execute();

export const exportReports = (db: Db, residentId: number) =>
  db
    .selectFrom('comment_reports')
    .select(['comment_id', 'reason', 'created_at', 'resolution'])
    .where('resident_id', '=', residentId)
    .orderBy('id')
    .execute();

export const exportNotices = (db: Db, email: string) =>
  db
    .selectFrom('notices')
    .select(['id', 'project_id', 'body', 'name', 'status', 'weighing', 'created_at'])
    .where(sql`lower(email)`, '=', email)
    .orderBy('id')
    .execute();

export const exportRequests = (db: Db, email: string) =>
  db
    .selectFrom('participation_requests')
    .select(['id', 'project_id', 'title', 'reasoning', 'initiator_name', 'status', 'created_at'])
    .where(sql`lower(initiator_email)`, '=', email)
    .orderBy('id')
    .execute();

export const exportSignatures = (db: Db, email: string) =>
  db
    .selectFrom('signatures')
    .select(['request_id', 'name', 'residence', 'created_at', 'confirmed_at'])
    .where(sql`lower(email)`, '=', email)
    .orderBy('id')
    .execute();

export const exportEventRegistrations = (db: Db, email: string) =>
  db
    .selectFrom('event_registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select(['e.slug as event', 'r.name', 'r.status', 'r.created_at'])
    .where(sql`lower(r.email)`, '=', email)
    .orderBy('r.id')
    .execute();
