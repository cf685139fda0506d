// Answering a survey: online (by anyone once per browser, by residents once per account, by holders of
// a one-time code) and on paper, entered by staff with the event it came from. The answer, the record
// that this person took part and the used code are written in one transaction; the unique indexes and
// the code's row lock make "once" hold when two answers arrive at the same moment.
import type { Db } from '../../db/database.js';
import { AppError, notFound } from '../../lib/errors.js';
import { hashToken } from '../../lib/token-hash.js';
import { type Actor, actorId } from '../../platform/actor.js';
import * as counters from '../../platform/rate-limit.repository.js';
import type { Resident } from '../../platform/resident-session.js';
import { recordAudit } from '../audit/index.js';
import { computeResults, type SurveyResults } from './results.js';
import type { AnswerValue, SurveyAccess, SurveyChannel, SurveyRespondent, SurveyView } from './survey.types.js';
import { normaliseCode, staffSurvey } from './surveys.service.js';
import * as repo from './surveys.repository.js';

/** Answers per client address in 15 minutes: a citizens' office or a school shares one address. */
export const ANSWERS_PER_CLIENT = 200;

/** Who answers online: a browser (its cookie's token), a signed-in resident, or a code's holder. */
export type Respondent = { kind: 'browser'; token: string } | { kind: 'resident'; resident: Resident } | { kind: 'code'; code: string };

export type AnswerOutcome = 'saved' | 'already' | 'bad_code' | 'closed' | 'limited' | 'sign_in';

export async function publicSurveys(db: Db): Promise<SurveyView[]> {
  return repo.listSurveys(db, { publicOnly: true });
}

/** An open or closed survey; drafts are not found. */
export async function publicSurvey(db: Db, slug: string): Promise<SurveyView> {
  const survey = await repo.findSurvey(db, slug);
  if (!survey || survey.state === 'draft') throw notFound('survey');
  return survey;
}

const browserKey = (survey: SurveyView, token: string) => hashToken(`survey:${survey.id}:${token}`);

/** Whether this browser or resident has answered already (codes are checked when sent). */
export async function hasAnswered(db: Db, survey: SurveyView, who: Respondent | null): Promise<boolean> {
  if (!who || who.kind === 'code') return false;
  return repo.hasParticipant(
    db,
    survey.id,
    who.kind === 'resident' ? { residentId: who.resident.id } : { browserKey: browserKey(survey, who.token) },
  );
}

const isText = (survey: SurveyView, questionId: number) => survey.questions.find((q) => q.id === questionId)?.kind === 'text';

function rows(survey: SurveyView, answers: ReadonlyMap<number, AnswerValue>) {
  return [...answers].map(([questionId, value]) => ({ questionId, value, isText: isText(survey, questionId) }));
}

/** Rolls the transaction back with an outcome, so nothing of a refused answer stays. */
class Refused extends Error {
  constructor(readonly outcome: AnswerOutcome) {
    super(outcome);
  }
}

/** Why this respondent may not answer under the survey's rule of who may, or null when they may. */
function accessRefusal(access: SurveyAccess, who: Respondent | null): AnswerOutcome | null {
  if (!who || (access === 'residents' && who.kind !== 'resident')) return 'sign_in';
  if (access === 'codes' && who.kind !== 'code') return 'bad_code';
  if (access === 'anyone' && who.kind !== 'browser') return 'sign_in';
  return null;
}

export async function answerOnline(
  db: Db,
  survey: SurveyView,
  who: Respondent | null,
  answers: ReadonlyMap<number, AnswerValue>,
  client: string,
): Promise<AnswerOutcome> {
  if (survey.state !== 'open') return 'closed';
  const refused = accessRefusal(survey.access, who);
  if (refused || !who) return refused ?? 'sign_in';
  if (who.kind === 'resident' && who.resident.blocked) throw new AppError(403, 'blocked', 'residents.blocked');
  const byClient = await counters.recordFailure(db, `survey-answer-client:${hashToken(client)}`, 15);
  if (byClient > ANSWERS_PER_CLIENT) return 'limited';
  const respondent: SurveyRespondent = who.kind;
  try {
    await db.transaction().execute(async (trx) => {
      const locked = await repo.lockSurvey(trx, survey.id);
      if (locked?.state !== 'open') throw new Refused('closed');
      // Staff may have changed who may answer since the survey was read (only while nobody had answered).
      const now = accessRefusal(locked.access, who);
      if (now) throw new Refused(now);
      if (who.kind === 'code') {
        if (!(await repo.useCode(trx, survey.id, hashToken(normaliseCode(who.code))))) throw new Refused('bad_code');
      } else {
        const key = who.kind === 'resident' ? { residentId: who.resident.id } : { browserKey: browserKey(survey, who.token) };
        if (!(await repo.addParticipant(trx, survey.id, key))) throw new Refused('already');
      }
      await repo.insertResponse(
        trx,
        { surveyId: survey.id, channel: 'online', respondent, sourceEventId: null, enteredBy: null },
        rows(survey, answers),
      );
    });
  } catch (err) {
    if (err instanceof Refused) return err.outcome;
    throw err;
  }
  return 'saved';
}

/** A paper form typed in by staff, marked with its channel and, where it came from one, the event. */
export async function enterPaperAnswer(
  db: Db,
  actor: Actor,
  slug: string,
  source: { channel: Exclude<SurveyChannel, 'online'>; eventId: number | null },
  answers: ReadonlyMap<number, AnswerValue>,
): Promise<void> {
  const survey = await staffSurvey(db, actor, slug, 'manage');
  if (survey.state === 'draft') throw new AppError(409, 'survey_draft', 'surveys.error.draftPaper');
  if (source.channel === 'event' && source.eventId === null) throw new AppError(400, 'event_required', 'surveys.error.eventRequired');
  if (source.eventId !== null && !(await repo.eventExists(db, source.eventId)))
    throw new AppError(400, 'unknown_event', 'surveys.error.event');
  await db.transaction().execute(async (trx) => {
    const id = await repo.insertResponse(
      trx,
      { surveyId: survey.id, channel: source.channel, respondent: 'staff', sourceEventId: source.eventId, enteredBy: actorId(actor) },
      rows(survey, answers),
    );
    await recordAudit(trx, actor, {
      action: 'survey.paper',
      entityType: 'survey',
      entityId: survey.id,
      summary: `${survey.slug}: ${id}`,
      after: source,
    });
  });
}

/** The published results, with only approved free texts; null while staff have not published them. */
export async function publicResults(db: Db, survey: SurveyView): Promise<SurveyResults | null> {
  if (!survey.resultsPublished) return null;
  const [answers, responses] = await Promise.all([repo.answersOf(db, survey.id), repo.responsesOf(db, survey.id)]);
  return computeResults(survey.questions, answers, responses, { approvedOnly: true });
}
