// SQL for surveys: surveys with their questions, codes, responses and answers, and who took part. The
// participants table is never joined to responses: it only says that someone answered, not what.
import { sql } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import type { Insertable } from 'kysely';
import type { SurveyAccess, SurveyQuestionsTable, SurveyState, SurveysTable, TextState } from '../../db/schema.js';
import type {
  AnswerRecord,
  AnswerValue,
  QuestionView,
  ResponseRecord,
  SurveyChannel,
  SurveyRespondent,
  SurveyView,
  TextAnswer,
} from './survey.types.js';

function surveysWithProcess(db: Db) {
  return db
    .selectFrom('surveys as s')
    .selectAll('s')
    .select((eb) =>
      jsonObjectFrom(
        eb.selectFrom('participation_processes as pp').whereRef('pp.id', '=', 's.process_id').select(['pp.slug', 'pp.title']),
      ).as('process'),
    );
}

type SurveyRow = Awaited<ReturnType<ReturnType<typeof surveysWithProcess>['executeTakeFirstOrThrow']>>;

const toSurvey = (row: SurveyRow, questions: QuestionView[]): SurveyView => ({
  id: row.id,
  slug: row.slug,
  title: row.title,
  description: row.description,
  access: row.access,
  state: row.state,
  resultsPublished: row.results_published_at !== null,
  example: row.example,
  process: row.process as SurveyView['process'],
  questions,
});

async function questionsOf(db: Db, surveyIds: number[]): Promise<Map<number, QuestionView[]>> {
  const out = new Map<number, QuestionView[]>();
  if (surveyIds.length === 0) return out;
  const rows = await db.selectFrom('survey_questions').selectAll().where('survey_id', 'in', surveyIds).orderBy('position').execute();
  for (const r of rows)
    out.set(r.survey_id, [
      ...(out.get(r.survey_id) ?? []),
      {
        id: r.id,
        position: r.position,
        kind: r.kind,
        prompt: r.prompt,
        options: r.options,
        required: r.required,
        minChoices: r.min_choices,
        maxChoices: r.max_choices,
        maxLength: r.max_length,
        scaleMin: r.scale_min,
        scaleMax: r.scale_max,
        lowLabel: r.low_label,
        highLabel: r.high_label,
        condition: r.condition_question_id !== null ? { questionId: r.condition_question_id, value: r.condition_value ?? '' } : null,
      },
    ]);
  return out;
}

export async function findSurvey(db: Db, slug: string): Promise<SurveyView | null> {
  const row = await surveysWithProcess(db).where('s.slug', '=', slug).executeTakeFirst();
  if (!row) return null;
  return toSurvey(row, (await questionsOf(db, [row.id])).get(row.id) ?? []);
}

/** `publicOnly`: open and closed surveys, never drafts. */
export async function listSurveys(db: Db, { publicOnly }: { publicOnly: boolean }): Promise<SurveyView[]> {
  let q = surveysWithProcess(db).orderBy('s.created_at', 'desc').orderBy('s.id', 'desc');
  if (publicOnly) q = q.where('s.state', '<>', 'draft');
  const rows = await q.execute();
  const questions = await questionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSurvey(r, questions.get(r.id) ?? []));
}

/** The survey's row locked until the transaction ends: a change of state waits for answers being written. */
export async function lockSurvey(
  trx: Db,
  id: number,
): Promise<{ state: SurveyState; access: SurveyAccess; process_id: number | null } | undefined> {
  return trx.selectFrom('surveys').select(['state', 'access', 'process_id']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  return !!(await db.selectFrom('surveys').select('id').where('slug', '=', slug).executeTakeFirst());
}

export async function insertSurvey(trx: Db, values: Insertable<SurveysTable>): Promise<number> {
  return (await trx.insertInto('surveys').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateSurvey(
  trx: Db,
  id: number,
  values: Partial<{
    state: SurveyState;
    results_published_at: Date | null;
    title: string;
    description: string;
    access: SurveyAccess;
    process_id: number | null;
  }>,
): Promise<void> {
  await trx
    .updateTable('surveys')
    .set({ ...values, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function hasResponses(trx: Db, surveyId: number): Promise<boolean> {
  return !!(await trx.selectFrom('survey_responses').select('id').where('survey_id', '=', surveyId).limit(1).executeTakeFirst());
}

export async function insertQuestion(trx: Db, values: Omit<Insertable<SurveyQuestionsTable>, 'position'>): Promise<number> {
  const next = await trx
    .selectFrom('survey_questions')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('n'))
    .where('survey_id', '=', values.survey_id)
    .executeTakeFirstOrThrow();
  return (
    await trx
      .insertInto('survey_questions')
      .values({ ...values, position: next.n })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function deleteQuestion(trx: Db, surveyId: number, questionId: number): Promise<boolean> {
  await trx
    .updateTable('survey_questions')
    .set({ condition_question_id: null, condition_value: null })
    .where('condition_question_id', '=', questionId)
    .execute();
  const r = await trx.deleteFrom('survey_questions').where('survey_id', '=', surveyId).where('id', '=', questionId).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

export async function insertCodes(trx: Db, surveyId: number, hashes: string[]): Promise<void> {
  await trx
    .insertInto('survey_codes')
    .values(hashes.map((code_hash) => ({ survey_id: surveyId, code_hash })))
    .execute();
}

/** Uses up a code: of two answers with the same code at once, the second finds it used (the row lock). */
export async function useCode(trx: Db, surveyId: number, hash: string): Promise<boolean> {
  const r = await trx
    .updateTable('survey_codes')
    .set({ used_at: sql<Date>`now()` })
    .where('survey_id', '=', surveyId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export async function codeCounts(db: Db, surveyId: number): Promise<{ total: number; used: number }> {
  const r = await db
    .selectFrom('survey_codes')
    .select([sql<number>`count(*)::int`.as('total'), sql<number>`count(used_at)::int`.as('used')])
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return { total: r.total, used: r.used };
}

/** Records that this resident or browser took part; false when they already had (the unique indexes decide). */
export async function addParticipant(trx: Db, surveyId: number, who: { residentId: number } | { browserKey: string }): Promise<boolean> {
  const values =
    'residentId' in who
      ? { survey_id: surveyId, resident_id: who.residentId, browser_key: null }
      : { survey_id: surveyId, resident_id: null, browser_key: who.browserKey };
  const r = await trx
    .insertInto('survey_participants')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .returning('survey_id')
    .executeTakeFirst();
  return r !== undefined;
}

export async function hasParticipant(db: Db, surveyId: number, who: { residentId: number } | { browserKey: string }): Promise<boolean> {
  let q = db.selectFrom('survey_participants').select('survey_id').where('survey_id', '=', surveyId);
  q = 'residentId' in who ? q.where('resident_id', '=', who.residentId) : q.where('browser_key', '=', who.browserKey);
  return !!(await q.executeTakeFirst());
}

export async function insertResponse(
  trx: Db,
  values: {
    surveyId: number;
    channel: SurveyChannel;
    respondent: SurveyRespondent;
    sourceEventId: number | null;
    enteredBy: number | null;
  },
  answers: { questionId: number; value: AnswerValue; isText: boolean }[],
): Promise<number> {
  const { id } = await trx
    .insertInto('survey_responses')
    .values({
      survey_id: values.surveyId,
      channel: values.channel,
      respondent: values.respondent,
      source_event_id: values.sourceEventId,
      entered_by: values.enteredBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (answers.length > 0)
    await trx
      .insertInto('survey_answers')
      .values(
        answers.map((a) => ({
          response_id: id,
          question_id: a.questionId,
          value: JSON.stringify(a.value),
          text_state: a.isText ? ('pending' as const) : null,
        })),
      )
      .execute();
  return id;
}

export async function responsesOf(db: Db, surveyId: number): Promise<ResponseRecord[]> {
  const rows = await db
    .selectFrom('survey_responses as r')
    .leftJoin('events as e', 'e.id', 'r.source_event_id')
    .select(['r.id', 'r.channel', 'r.respondent', 'r.created_at', 'e.title as event_title'])
    .where('r.survey_id', '=', surveyId)
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    respondent: r.respondent,
    createdAt: r.created_at,
    sourceEvent: r.event_title ? r.event_title.de : null,
  }));
}

export async function answersOf(db: Db, surveyId: number): Promise<AnswerRecord[]> {
  const rows = await db
    .selectFrom('survey_answers as a')
    .innerJoin('survey_responses as r', 'r.id', 'a.response_id')
    .select(['a.response_id', 'a.question_id', 'a.value', 'a.text_state', 'r.channel', 'r.respondent'])
    .where('r.survey_id', '=', surveyId)
    .orderBy('a.response_id')
    .execute();
  return rows.map((r) => ({
    responseId: r.response_id,
    questionId: r.question_id,
    value: r.value,
    textState: r.text_state,
    channel: r.channel,
    respondent: r.respondent,
  }));
}

export async function textAnswers(db: Db, surveyId: number): Promise<TextAnswer[]> {
  const rows = await db
    .selectFrom('survey_answers as a')
    .innerJoin('survey_responses as r', 'r.id', 'a.response_id')
    .select(['a.response_id', 'a.question_id', 'a.value', 'a.text_state'])
    .where('r.survey_id', '=', surveyId)
    .where('a.text_state', 'is not', null)
    .orderBy('a.response_id')
    .execute();
  return rows.map((r) => ({ responseId: r.response_id, questionId: r.question_id, text: String(r.value), state: r.text_state! }));
}

export async function setTextState(trx: Db, surveyId: number, responseId: number, questionId: number, state: TextState): Promise<boolean> {
  const r = await trx
    .updateTable('survey_answers')
    .set({ text_state: state })
    .where('response_id', '=', responseId)
    .where('question_id', '=', questionId)
    .where('text_state', 'is not', null)
    .where('response_id', 'in', (eb) => eb.selectFrom('survey_responses').select('id').where('survey_id', '=', surveyId))
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Events staff can name as the source of paper answers: the last year's and the coming ones. */
export async function eventChoices(db: Db): Promise<{ id: number; title: string; startsAt: Date }[]> {
  const rows = await db
    .selectFrom('events')
    .select(['id', 'title', 'starts_at'])
    .where('state', '<>', 'draft')
    .where('starts_at', '>', sql<Date>`now() - interval '1 year'`)
    .orderBy('starts_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title.de, startsAt: r.starts_at }));
}

export async function eventExists(db: Db, id: number): Promise<boolean> {
  return !!(await db.selectFrom('events').select('id').where('id', '=', id).executeTakeFirst());
}

export async function processIdOf(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('participation_processes').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}
