// The aggregate results of a survey, computed from its answers: counts and percentages per option, the
// mean of scales and rankings, responses per channel and per kind of respondent. Free texts are in the
// public results only once a moderator has approved them; no single response can be read from these.
import type { AnswerRecord, QuestionView, SurveyChannel, SurveyRespondent } from './survey.types.js';

export interface CountRow {
  /** An option's index, a scale value, or 1 for yes and 0 for no. */
  value: number;
  count: number;
  /** Of the people who answered the question, one decimal. */
  percent: number;
}

export interface QuestionResult {
  questionId: number;
  answered: number;
  counts: CountRow[];
  /** Scales: the mean value; rankings: per option the mean rank (1 is best), in `ranks`. */
  mean: number | null;
  ranks: { option: number; meanRank: number; firstPlaces: number }[];
  texts: string[];
}

export interface SurveyResults {
  total: number;
  byChannel: Record<SurveyChannel, number>;
  byRespondent: Record<SurveyRespondent, number>;
  questions: QuestionResult[];
}

const percent = (count: number, of: number) => (of === 0 ? 0 : Math.round((count / of) * 1000) / 10);
const round2 = (n: number) => Math.round(n * 100) / 100;

function countRows(values: number[], domain: number[], of: number): CountRow[] {
  return domain.map((value) => {
    const count = values.filter((v) => v === value).length;
    return { value, count, percent: percent(count, of) };
  });
}

function resultOf(q: QuestionView, answers: AnswerRecord[], approvedOnly: boolean): QuestionResult {
  const values = answers.map((a) => a.value);
  const answered = values.length;
  const base: QuestionResult = { questionId: q.id, answered, counts: [], mean: null, ranks: [], texts: [] };
  const options = q.options.map((_, i) => i);
  switch (q.kind) {
    case 'single':
      return { ...base, counts: countRows(values as number[], options, answered) };
    case 'multiple':
      return { ...base, counts: countRows((values as number[][]).flat(), options, answered) };
    case 'yesno':
      return { ...base, counts: countRows((values as boolean[]).map(Number), [1, 0], answered) };
    case 'scale': {
      const min = q.scaleMin ?? 1;
      const max = q.scaleMax ?? 5;
      const numbers = values as number[];
      const domain = Array.from({ length: max - min + 1 }, (_, i) => min + i);
      const mean = answered === 0 ? null : round2(numbers.reduce((s, n) => s + n, 0) / answered);
      return { ...base, counts: countRows(numbers, domain, answered), mean };
    }
    case 'ranking': {
      const orders = values as number[][];
      const ranks = options
        .map((option) => ({
          option,
          meanRank: answered === 0 ? 0 : round2(orders.reduce((s, order) => s + order.indexOf(option) + 1, 0) / answered),
          firstPlaces: orders.filter((order) => order[0] === option).length,
        }))
        .sort((a, b) => a.meanRank - b.meanRank || a.option - b.option);
      return { ...base, ranks };
    }
    case 'text': {
      const shown = answers.filter((a) => !approvedOnly || a.textState === 'approved').map((a) => String(a.value));
      return { ...base, texts: shown };
    }
  }
}

/** `approvedOnly`: the public results, with only the free texts a moderator approved. */
export function computeResults(
  questions: readonly QuestionView[],
  answers: readonly AnswerRecord[],
  responses: readonly { channel: SurveyChannel; respondent: SurveyRespondent }[],
  { approvedOnly }: { approvedOnly: boolean },
): SurveyResults {
  const byQuestion = new Map<number, AnswerRecord[]>();
  for (const a of answers) byQuestion.set(a.questionId, [...(byQuestion.get(a.questionId) ?? []), a]);
  const byChannel: Record<SurveyChannel, number> = { online: 0, paper: 0, event: 0 };
  const byRespondent: Record<SurveyRespondent, number> = { browser: 0, resident: 0, code: 0, staff: 0 };
  for (const r of responses) {
    byChannel[r.channel] += 1;
    byRespondent[r.respondent] += 1;
  }
  return {
    total: responses.length,
    byChannel,
    byRespondent,
    questions: questions.map((q) => resultOf(q, byQuestion.get(q.id) ?? [], approvedOnly)),
  };
}
