// The back office's use cases of surveys: create a survey, add and remove questions while it is a draft,
// open and close it, publish its results, generate one-time codes, moderate free texts, and read all
// answers for the export. Each change runs in one transaction with its audit entry.
import crypto from 'node:crypto';
import type { Db } from '../../db/database.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { LocalizedText } from '../../lib/localized.js';
import { slugify } from '../../lib/slug.js';
import { hashToken } from '../../lib/token-hash.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { computeResults, type SurveyResults } from './results.js';
import type { QuestionKind, SurveyAccess, SurveyView, TextAnswer, TextState } from './survey.types.js';
import { mayOnSurveys, type SurveyAction } from './surveys.policy.js';
import * as repo from './surveys.repository.js';

export interface SurveyInput {
  title: LocalizedText;
  description: LocalizedText | null;
  access: SurveyAccess;
  processSlug: string | null;
  example?: boolean;
}

export interface QuestionInput {
  kind: QuestionKind;
  prompt: LocalizedText;
  options: LocalizedText[];
  required: boolean;
  minChoices: number | null;
  maxChoices: number | null;
  maxLength: number | null;
  scale: { min: number; max: number; low: LocalizedText | null; high: LocalizedText | null } | null;
  condition: { questionId: number; value: string } | null;
}

function allow(actor: Actor, action: SurveyAction) {
  if (!mayOnSurveys(actor, action)) throw forbidden();
}

export async function staffSurveys(db: Db, actor: Actor): Promise<SurveyView[]> {
  allow(actor, 'view');
  return repo.listSurveys(db, { publicOnly: false });
}

export async function staffSurvey(db: Db, actor: Actor, slug: string, action: SurveyAction = 'view'): Promise<SurveyView> {
  allow(actor, action);
  const survey = await repo.findSurvey(db, slug);
  if (!survey) throw notFound('survey');
  return survey;
}

/** Everything the survey's back-office page shows: all results (every free text), codes, texts to moderate. */
export async function staffOverview(
  db: Db,
  actor: Actor,
  slug: string,
): Promise<{ survey: SurveyView; results: SurveyResults; codes: { total: number; used: number }; texts: TextAnswer[] }> {
  const survey = await staffSurvey(db, actor, slug);
  const [answers, responses, codes, texts] = await Promise.all([
    repo.answersOf(db, survey.id),
    repo.responsesOf(db, survey.id),
    repo.codeCounts(db, survey.id),
    repo.textAnswers(db, survey.id),
  ]);
  return { survey, results: computeResults(survey.questions, answers, responses, { approvedOnly: false }), codes, texts };
}

async function freeSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title, 70) || 'umfrage';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.slugTaken(db, slug))) return slug;
  }
}

export async function createSurvey(db: Db, actor: Actor, input: SurveyInput): Promise<string> {
  allow(actor, 'manage');
  const processId = input.processSlug ? await repo.processIdOf(db, input.processSlug) : null;
  if (processId === undefined) throw new AppError(400, 'unknown_process', 'surveys.error.process');
  const slug = await freeSlug(db, input.title.de);
  await db.transaction().execute(async (trx) => {
    const id = await repo.insertSurvey(trx, {
      slug,
      title: JSON.stringify(input.title),
      description: JSON.stringify(input.description),
      access: input.access,
      process_id: processId,
      example: input.example ?? false,
    });
    await recordAudit(trx, actor, { action: 'survey.create', entityType: 'survey', entityId: id, summary: input.title.de, after: input });
  });
  return slug;
}

/** A survey for its details form, and whether anyone answered (then its rule and process stay). */
export async function surveyForEditing(db: Db, actor: Actor, slug: string): Promise<{ survey: SurveyView; answered: boolean }> {
  const survey = await staffSurvey(db, actor, slug, 'manage');
  return { survey, answered: await repo.hasResponses(db, survey.id) };
}

/**
 * Title and description change at any time. Who may answer and the process change only before the first
 * answer: answers given under one rule must not be counted under another.
 */
export async function updateSurveyDetails(db: Db, actor: Actor, slug: string, input: SurveyInput): Promise<void> {
  const survey = await staffSurvey(db, actor, slug, 'manage');
  const processId = input.processSlug ? await repo.processIdOf(db, input.processSlug) : null;
  if (processId === undefined) throw new AppError(400, 'unknown_process', 'surveys.error.process');
  await db.transaction().execute(async (trx) => {
    // The lock makes an answer arriving now wait (and check the rule again), so the check below holds
    // until the change commits; the rule is compared with what is stored now, not with the first read.
    const locked = await repo.lockSurvey(trx, survey.id);
    if (!locked) throw notFound('survey');
    const changed = input.access !== locked.access ? 'access' : processId !== locked.process_id ? 'process' : null;
    if (changed && (await repo.hasResponses(trx, survey.id)))
      throw new AppError(409, `survey_answered_${changed}`, 'surveys.error.answeredRules');
    await repo.updateSurvey(trx, survey.id, {
      title: JSON.stringify(input.title),
      description: JSON.stringify(input.description),
      access: input.access,
      process_id: processId,
    });
    await recordAudit(trx, actor, {
      action: 'survey.update',
      entityType: 'survey',
      entityId: survey.id,
      summary: input.title.de,
      before: { title: survey.title, description: survey.description, access: survey.access, process: survey.process?.slug ?? null },
      after: { title: input.title, description: input.description, access: input.access, process: input.processSlug },
    });
  });
}

/** A question is added while the survey is a draft: answers must never meet a question that changed. */
export async function addQuestion(db: Db, actor: Actor, slug: string, input: QuestionInput): Promise<void> {
  const survey = await staffSurvey(db, actor, slug, 'manage');
  if (survey.state !== 'draft') throw new AppError(409, 'survey_not_draft', 'surveys.error.notDraft');
  if (input.condition) {
    const target = survey.questions.find((q) => q.id === input.condition!.questionId);
    const valid =
      target &&
      (target.kind === 'yesno'
        ? ['yes', 'no'].includes(input.condition.value)
        : (target.kind === 'single' || target.kind === 'multiple') && Number(input.condition.value) < target.options.length);
    if (!valid) throw new AppError(400, 'bad_condition', 'surveys.error.condition');
  }
  await db.transaction().execute(async (trx) => {
    const id = await repo.insertQuestion(trx, {
      survey_id: survey.id,
      kind: input.kind,
      prompt: JSON.stringify(input.prompt),
      options: JSON.stringify(input.options),
      required: input.required,
      min_choices: input.minChoices,
      max_choices: input.maxChoices,
      max_length: input.maxLength,
      scale_min: input.scale?.min ?? null,
      scale_max: input.scale?.max ?? null,
      low_label: JSON.stringify(input.scale?.low ?? null),
      high_label: JSON.stringify(input.scale?.high ?? null),
      condition_question_id: input.condition?.questionId ?? null,
      condition_value: input.condition?.value ?? null,
    });
    await recordAudit(trx, actor, {
      action: 'survey.question.add',
      entityType: 'survey',
      entityId: survey.id,
      summary: `${survey.slug} #${id}`,
      after: input,
    });
  });
}

export async function removeQuestion(db: Db, actor: Actor, slug: string, questionId: number): Promise<void> {
  const survey = await staffSurvey(db, actor, slug, 'manage');
  if (survey.state !== 'draft') throw new AppError(409, 'survey_not_draft', 'surveys.error.notDraft');
  await db.transaction().execute(async (trx) => {
    if (!(await repo.deleteQuestion(trx, survey.id, questionId))) throw notFound('question');
    await recordAudit(trx, actor, {
      action: 'survey.question.remove',
      entityType: 'survey',
      entityId: survey.id,
      summary: `${survey.slug} #${questionId}`,
    });
  });
}

export async function setState(db: Db, actor: Actor, slug: string, state: 'open' | 'closed'): Promise<void> {
  const survey = await staffSurvey(db, actor, slug, 'manage');
  if (state === 'open' && survey.questions.length === 0) throw new AppError(409, 'no_questions', 'surveys.error.noQuestions');
  await db.transaction().execute(async (trx) => {
    await repo.lockSurvey(trx, survey.id);
    await repo.updateSurvey(trx, survey.id, { state });
    await recordAudit(trx, actor, {
      action: `survey.${state}`,
      entityType: 'survey',
      entityId: survey.id,
      summary: survey.slug,
      before: survey.state,
      after: state,
    });
  });
}

export async function setResultsPublished(db: Db, actor: Actor, slug: string, published: boolean): Promise<void> {
  const survey = await staffSurvey(db, actor, slug, 'manage');
  if (survey.state === 'draft') throw new AppError(409, 'survey_draft', 'surveys.error.draftResults');
  await db.transaction().execute(async (trx) => {
    await repo.updateSurvey(trx, survey.id, { results_published_at: published ? new Date() : null });
    await recordAudit(trx, actor, {
      action: published ? 'survey.results.publish' : 'survey.results.withdraw',
      entityType: 'survey',
      entityId: survey.id,
      summary: survey.slug,
    });
  });
}

// No 0/O, 1/I/L: codes are typed in from paper.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Normalises a typed code (case, spaces, dashes) the way it was hashed. */
export const normaliseCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

function newCode(): string {
  const bytes = crypto.randomBytes(12);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** New one-time codes, returned once to print: only their hashes are kept. */
export async function generateCodes(db: Db, actor: Actor, slug: string, count: number): Promise<{ survey: SurveyView; codes: string[] }> {
  const survey = await staffSurvey(db, actor, slug, 'manage');
  if (survey.access !== 'codes') throw new AppError(409, 'not_codes', 'surveys.error.notCodes');
  const codes = Array.from({ length: count }, newCode);
  await db.transaction().execute(async (trx) => {
    await repo.insertCodes(
      trx,
      survey.id,
      codes.map((c) => hashToken(normaliseCode(c))),
    );
    await recordAudit(trx, actor, {
      action: 'survey.codes',
      entityType: 'survey',
      entityId: survey.id,
      summary: `${survey.slug}: ${count}`,
    });
  });
  return { survey, codes };
}

export async function moderateText(
  db: Db,
  actor: Actor,
  slug: string,
  responseId: number,
  questionId: number,
  state: TextState,
): Promise<void> {
  const survey = await staffSurvey(db, actor, slug, 'manage');
  await db.transaction().execute(async (trx) => {
    if (!(await repo.setTextState(trx, survey.id, responseId, questionId, state))) throw notFound('answer');
    await recordAudit(trx, actor, {
      action: `survey.text.${state}`,
      entityType: 'survey',
      entityId: survey.id,
      summary: `${survey.slug}: ${responseId}/${questionId}`,
    });
  });
}

export async function eventChoices(db: Db) {
  return repo.eventChoices(db);
}

/** Every answer, one row per response, for the CSV and XLSX export (staff only). */
export async function exportAnswers(db: Db, actor: Actor, slug: string) {
  const survey = await staffSurvey(db, actor, slug, 'view');
  const [answers, responses] = await Promise.all([repo.answersOf(db, survey.id), repo.responsesOf(db, survey.id)]);
  return { survey, answers, responses };
}
