// Reading a filled-in survey form: every answer checked against its question (choices, limits, lengths,
// scale, ranking), required questions enforced, and answers to questions whose condition is not met
// dropped, so a form sent without JavaScript (all questions shown) stores only what applies.
import type { FormErrors } from '../../lib/form-errors.js';
import type { AnswerValue, QuestionView } from './survey.types.js';

export const DEFAULT_TEXT_LENGTH = 2000;

export const fieldOf = (q: Pick<QuestionView, 'id'>) => `q${q.id}`;

const strings = (raw: unknown): string[] =>
  (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v): v is string => typeof v === 'string').map((v) => v.trim());

const index = (s: string, length: number): number | null => (/^\d{1,3}$/.test(s) && Number(s) < length ? Number(s) : null);

/** Whether a question applies, given the answers to the questions before it. */
export function conditionMet(q: QuestionView, answers: ReadonlyMap<number, AnswerValue>): boolean {
  if (!q.condition) return true;
  const given = answers.get(q.condition.questionId);
  if (given === undefined) return false;
  if (typeof given === 'boolean') return given === (q.condition.value === 'yes');
  if (typeof given === 'number') return String(given) === q.condition.value;
  if (Array.isArray(given)) return given.map(String).includes(q.condition.value);
  return false;
}

type Read = { value: AnswerValue } | { error: FormErrors[string] } | null;

function readOne(q: QuestionView, body: Record<string, unknown>): Read {
  const field = fieldOf(q);
  const given = strings(body[field]).filter(Boolean);
  switch (q.kind) {
    case 'single': {
      if (given.length === 0) return null;
      const i = given.length === 1 ? index(given[0]!, q.options.length) : null;
      return i === null ? { error: { key: 'surveys.error.choice' } } : { value: i };
    }
    case 'yesno':
      if (given.length === 0) return null;
      return given.length === 1 && (given[0] === 'yes' || given[0] === 'no')
        ? { value: given[0] === 'yes' }
        : { error: { key: 'surveys.error.choice' } };
    case 'multiple': {
      if (given.length === 0) return null;
      const picked = given.map((s) => index(s, q.options.length));
      if (picked.some((i) => i === null) || new Set(picked).size !== picked.length) return { error: { key: 'surveys.error.choice' } };
      const min = q.minChoices ?? 1;
      const max = q.maxChoices ?? q.options.length;
      if (picked.length < min || picked.length > max) return { error: { key: 'surveys.error.choices', params: { min, max } } };
      return { value: (picked as number[]).sort((a, b) => a - b) };
    }
    case 'text': {
      const text = given.join('\n');
      if (!text) return null;
      const max = q.maxLength ?? DEFAULT_TEXT_LENGTH;
      return text.length > max ? { error: { key: 'form.error.tooLong', params: { max } } } : { value: text };
    }
    case 'scale': {
      if (given.length === 0) return null;
      const n = given.length === 1 && /^\d{1,2}$/.test(given[0]!) ? Number(given[0]) : NaN;
      return n >= (q.scaleMin ?? 1) && n <= (q.scaleMax ?? 5) ? { value: n } : { error: { key: 'surveys.error.choice' } };
    }
    case 'ranking': {
      const ranks = q.options.map((_, i) => strings(body[`${field}_${i}`])[0] ?? '');
      if (ranks.every((r) => r === '')) return null;
      const numbers = ranks.map((r) => (/^\d{1,2}$/.test(r) ? Number(r) : NaN));
      const complete = numbers.every((n) => n >= 1 && n <= q.options.length) && new Set(numbers).size === numbers.length;
      if (!complete) return { error: { key: 'surveys.error.ranking', params: { count: q.options.length } } };
      return {
        value: numbers
          .map((rank, option) => ({ rank, option }))
          .sort((a, b) => a.rank - b.rank)
          .map((r) => r.option),
      };
    }
  }
}

/** The answers of a posted form by question id, or the field errors (keyed by the question's field name). */
export function readAnswers(
  questions: readonly QuestionView[],
  body: Record<string, unknown>,
): { answers: Map<number, AnswerValue>; errors: FormErrors } {
  const answers = new Map<number, AnswerValue>();
  const errors: FormErrors = {};
  // In order: a condition looks only at earlier questions, whose answers are known by then.
  for (const q of [...questions].sort((a, b) => a.position - b.position)) {
    if (!conditionMet(q, answers)) continue;
    const read = readOne(q, body);
    if (read === null) {
      if (q.required) errors[fieldOf(q)] = { key: 'surveys.error.required' };
    } else if ('error' in read) errors[fieldOf(q)] = read.error;
    else answers.set(q.id, read.value);
  }
  return { answers, errors };
}

/** The form values of a posted form, to fill it in again: single values as text, lists as lists. */
export function formValues(body: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(body)) {
    if (!/^q\d+(_\d+)?$/.test(k)) continue;
    if (typeof v === 'string') out[k] = v.slice(0, 10_000);
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, 100));
  }
  return out;
}
