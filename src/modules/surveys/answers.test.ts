// Reading a survey form: choices, limits, lengths, scales, rankings, required questions, and conditions
// (an answer to a question whose condition is not met is dropped, and it is then not required).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readAnswers } from './answers.js';
import type { QuestionView } from './survey.types.js';

let n = 0;
const q = (over: Partial<QuestionView> & Pick<QuestionView, 'kind'>): QuestionView => ({
  id: ++n,
  position: n,
  prompt: { de: `Frage ${n}` },
  options: [],
  required: false,
  minChoices: null,
  maxChoices: null,
  maxLength: null,
  scaleMin: null,
  scaleMax: null,
  lowLabel: null,
  highLabel: null,
  condition: null,
  ...over,
});
const opts = (...labels: string[]) => labels.map((de) => ({ de }));

test('each kind is read and checked', () => {
  const single = q({ kind: 'single', options: opts('a', 'b') });
  const multiple = q({ kind: 'multiple', options: opts('a', 'b', 'c'), minChoices: 1, maxChoices: 2 });
  const text = q({ kind: 'text', maxLength: 10 });
  const scale = q({ kind: 'scale', scaleMin: 0, scaleMax: 10 });
  const ranking = q({ kind: 'ranking', options: opts('x', 'y', 'z') });
  const yesno = q({ kind: 'yesno' });
  const all = [single, multiple, text, scale, ranking, yesno];
  const good = readAnswers(all, {
    [`q${single.id}`]: '1',
    [`q${multiple.id}`]: ['2', '0'],
    [`q${text.id}`]: ' kurz ',
    [`q${scale.id}`]: '0',
    [`q${ranking.id}_0`]: '3',
    [`q${ranking.id}_1`]: '1',
    [`q${ranking.id}_2`]: '2',
    [`q${yesno.id}`]: 'no',
  });
  assert.deepEqual(good.errors, {});
  assert.deepEqual(
    all.map((x) => good.answers.get(x.id)),
    [1, [0, 2], 'kurz', 0, [1, 2, 0], false],
  );
  const bad = readAnswers(all, {
    [`q${single.id}`]: '2',
    [`q${multiple.id}`]: ['0', '1', '2'],
    [`q${text.id}`]: 'viel zu lang für das Feld',
    [`q${scale.id}`]: '11',
    [`q${ranking.id}_0`]: '1',
    [`q${ranking.id}_1`]: '1',
    [`q${yesno.id}`]: 'vielleicht',
  });
  assert.deepEqual(
    all.map((x) => bad.errors[`q${x.id}`]?.key),
    [
      'surveys.error.choice',
      'surveys.error.choices',
      'form.error.tooLong',
      'surveys.error.choice',
      'surveys.error.ranking',
      'surveys.error.choice',
    ],
  );
  assert.equal(bad.answers.size, 0);
});

test('required questions must be answered; optional ones may stay empty', () => {
  const required = q({ kind: 'yesno', required: true });
  const optional = q({ kind: 'text' });
  const { errors, answers } = readAnswers([required, optional], {});
  assert.deepEqual(errors, { [`q${required.id}`]: { key: 'surveys.error.required' } });
  assert.equal(answers.size, 0);
});

test('a question whose condition is not met is neither required nor stored', () => {
  const gate = q({ kind: 'yesno', required: true });
  const follow = q({ kind: 'single', options: opts('a', 'b'), required: true, condition: { questionId: gate.id, value: 'yes' } });
  const no = readAnswers([gate, follow], { [`q${gate.id}`]: 'no', [`q${follow.id}`]: '0' });
  assert.deepEqual(no.errors, {});
  assert.deepEqual([...no.answers.keys()], [gate.id]);
  const yes = readAnswers([gate, follow], { [`q${gate.id}`]: 'yes' });
  assert.deepEqual(Object.keys(yes.errors), [`q${follow.id}`], 'required once its condition is met');
  const chosen = q({ kind: 'multiple', options: opts('a', 'b') });
  const after = q({ kind: 'text', condition: { questionId: chosen.id, value: '1' } });
  const picked = readAnswers([chosen, after], { [`q${chosen.id}`]: ['0', '1'], [`q${after.id}`]: 'ja' });
  assert.equal(picked.answers.get(after.id), 'ja');
});
