// The aggregate results: counts and percentages of those who answered, means, rankings by mean place,
// responses per channel, and free texts in public only once approved.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeResults } from './results.js';
import type { AnswerRecord, QuestionView } from './survey.types.js';

const base = {
  prompt: { de: 'F' },
  required: false,
  minChoices: null,
  maxChoices: null,
  maxLength: null,
  scaleMin: null,
  scaleMax: null,
  lowLabel: null,
  highLabel: null,
  condition: null,
};
const questions: QuestionView[] = [
  { ...base, id: 1, position: 1, kind: 'single', options: [{ de: 'a' }, { de: 'b' }] },
  { ...base, id: 2, position: 2, kind: 'scale', options: [], scaleMin: 1, scaleMax: 5 },
  { ...base, id: 3, position: 3, kind: 'ranking', options: [{ de: 'x' }, { de: 'y' }] },
  { ...base, id: 4, position: 4, kind: 'text', options: [] },
];
const answer = (
  responseId: number,
  questionId: number,
  value: AnswerRecord['value'],
  textState: AnswerRecord['textState'] = null,
): AnswerRecord => ({
  responseId,
  questionId,
  value,
  textState,
  channel: 'online',
  respondent: 'browser',
});
const answers = [
  answer(1, 1, 0),
  answer(2, 1, 0),
  answer(3, 1, 1),
  answer(1, 2, 5),
  answer(2, 2, 2),
  answer(1, 3, [1, 0]),
  answer(2, 3, [1, 0]),
  answer(3, 3, [0, 1]),
  answer(1, 4, 'freigegeben', 'approved'),
  answer(2, 4, 'geheim', 'pending'),
];
const responses = [
  { channel: 'online' as const, respondent: 'browser' as const },
  { channel: 'paper' as const, respondent: 'staff' as const },
  { channel: 'event' as const, respondent: 'staff' as const },
];

test('counts, percentages, means and rankings', () => {
  const r = computeResults(questions, answers, responses, { approvedOnly: true });
  assert.equal(r.total, 3);
  assert.deepEqual(r.byChannel, { online: 1, paper: 1, event: 1 });
  assert.equal(r.byRespondent.browser, 1);
  assert.deepEqual(r.questions[0]!.counts, [
    { value: 0, count: 2, percent: 66.7 },
    { value: 1, count: 1, percent: 33.3 },
  ]);
  assert.equal(r.questions[1]!.mean, 3.5);
  assert.equal(r.questions[1]!.counts.length, 5);
  assert.deepEqual(r.questions[2]!.ranks[0], { option: 1, meanRank: 1.33, firstPlaces: 2 });
  assert.deepEqual(r.questions[3]!.texts, ['freigegeben'], 'only approved texts in public');
  assert.deepEqual(computeResults(questions, answers, responses, { approvedOnly: false }).questions[3]!.texts, ['freigegeben', 'geheim']);
});
