// The questions of a survey as form fields, used by the public form and by the back office's paper entry:
// each question a fieldset with its legend (a free text a labelled field), required or optional said in
// words, its error beside it. A question with a condition says so in its hint; the script
// `surveys.js` hides it while the condition is not met, and without JavaScript it stays visible.
import { pick } from '../../lib/localized.js';
import type { FormErrors } from '../../lib/form-errors.js';
import type { PageContext } from '../../views/page-context.js';
import { errorText } from '../../views/form-fields.js';
import { DEFAULT_TEXT_LENGTH, fieldOf } from './answers.js';
import type { QuestionView, SurveyView } from './survey.types.js';

export type FormValues = Record<string, string | string[]>;

const has = (values: FormValues, name: string, value: string) => {
  const v = values[name];
  return Array.isArray(v) ? v.includes(value) : v === value;
};

function Localized({ ctx, text }: { ctx: PageContext; text: Parameters<typeof pick>[0] }) {
  const p = pick(text, ctx.locale);
  if (!p) return null;
  return p.lang === ctx.locale ? <>{p.text}</> : <span lang={p.lang}>{p.text}</span>;
}

/** The label of an answer to a choice question: an option's text, or yes/no. */
export function answerLabel(ctx: PageContext, q: QuestionView, value: string) {
  if (q.kind === 'yesno') return value === 'yes' ? ctx.t('surveys.answer.yes') : ctx.t('surveys.answer.no');
  return pick(q.options[Number(value)], ctx.locale)?.text ?? value;
}

function conditionHint(ctx: PageContext, survey: SurveyView, q: QuestionView) {
  if (!q.condition) return null;
  const target = survey.questions.find((x) => x.id === q.condition!.questionId);
  if (!target) return null;
  return ctx.t('surveys.condition', {
    number: survey.questions.indexOf(target) + 1,
    answer: answerLabel(ctx, target, q.condition.value),
  });
}

function Choice({
  type,
  id,
  name,
  value,
  label,
  checked,
}: {
  type: 'radio' | 'checkbox';
  id: string;
  name: string;
  value: string;
  label: string;
  checked: boolean;
}) {
  return (
    <div class="kern-form-check">
      <input
        class={`kern-form-check__${type === 'radio' ? 'radio' : 'checkbox'}`}
        type={type}
        id={id}
        name={name}
        value={value}
        checked={checked}
      />
      <label class="kern-label" for={id}>
        {label}
      </label>
    </div>
  );
}

function hintOf(ctx: PageContext, q: QuestionView): string | null {
  if (q.kind === 'multiple') return ctx.t('surveys.hint.choices', { min: q.minChoices ?? 1, max: q.maxChoices ?? q.options.length });
  if (q.kind === 'text') return ctx.t('surveys.hint.length', { max: q.maxLength ?? DEFAULT_TEXT_LENGTH });
  if (q.kind === 'ranking') return ctx.t('surveys.hint.ranking', { count: q.options.length });
  if (q.kind === 'scale') {
    const low = pick(q.lowLabel, ctx.locale)?.text;
    const high = pick(q.highLabel, ctx.locale)?.text;
    return ctx.t('surveys.hint.scale', { min: q.scaleMin ?? 1, max: q.scaleMax ?? 5, low: low ?? '–', high: high ?? '–' });
  }
  return null;
}

function Inputs({
  ctx,
  q,
  values,
  describedBy,
}: {
  ctx: PageContext;
  q: QuestionView;
  values: FormValues;
  describedBy?: string | undefined;
}) {
  const name = fieldOf(q);
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return (
        <>
          {q.options.map((o, i) => (
            <Choice
              type={q.kind === 'single' ? 'radio' : 'checkbox'}
              id={`${name}-${i}`}
              name={name}
              value={String(i)}
              label={pick(o, ctx.locale)?.text ?? ''}
              checked={has(values, name, String(i))}
            />
          ))}
        </>
      );
    case 'yesno':
      return (
        <>
          {(['yes', 'no'] as const).map((v) => (
            <Choice type="radio" id={`${name}-${v}`} name={name} value={v} label={answerLabel(ctx, q, v)} checked={has(values, name, v)} />
          ))}
        </>
      );
    case 'scale': {
      const min = q.scaleMin ?? 1;
      const max = q.scaleMax ?? 5;
      const low = pick(q.lowLabel, ctx.locale)?.text;
      const high = pick(q.highLabel, ctx.locale)?.text;
      return (
        <div class="lotse-scale">
          {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => (
            <Choice
              type="radio"
              id={`${name}-${n}`}
              name={name}
              value={String(n)}
              label={n === min && low ? `${n} – ${low}` : n === max && high ? `${n} – ${high}` : String(n)}
              checked={has(values, name, String(n))}
            />
          ))}
        </div>
      );
    }
    case 'ranking':
      return (
        <>
          {q.options.map((o, i) => (
            <div class="kern-form-input">
              <label class="kern-label" for={`${name}_${i}`}>
                {pick(o, ctx.locale)?.text}
              </label>
              <div class="kern-form-input__select-wrapper">
                <select class="kern-form-input__select" id={`${name}_${i}`} name={`${name}_${i}`} aria-describedby={describedBy}>
                  <option value="">{ctx.t('surveys.rank.none')}</option>
                  {q.options.map((_, r) => (
                    <option value={String(r + 1)} selected={has(values, `${name}_${i}`, String(r + 1))}>
                      {ctx.t('surveys.rank.place', { rank: r + 1 })}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ))}
        </>
      );
    case 'text':
      return null;
  }
}

export function QuestionFields({
  ctx,
  survey,
  values,
  errors,
}: {
  ctx: PageContext;
  survey: SurveyView;
  values: FormValues;
  errors: FormErrors;
}) {
  return (
    <>
      {survey.questions.map((q, index) => {
        const name = fieldOf(q);
        const error = errorText(ctx, errors, name);
        const hints = [conditionHint(ctx, survey, q), hintOf(ctx, q)].filter((h): h is string => !!h);
        const describedBy = [hints.length ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
        const title = (
          <>
            {index + 1}. <Localized ctx={ctx} text={q.prompt} /> ({q.required ? ctx.t('surveys.required') : ctx.t('surveys.optional')})
          </>
        );
        const hint = hints.length > 0 && (
          <div class="kern-hint" id={`${name}-hint`}>
            {hints.join(' ')}
          </div>
        );
        const errorLine = error && (
          <p class="kern-error" id={`${name}-error`} role="alert">
            {error}
          </p>
        );
        const condition = q.condition ? `${fieldOf({ id: q.condition.questionId })}:${q.condition.value}` : undefined;
        if (q.kind === 'text')
          return (
            <div class={`kern-form-input lotse-survey-question${error ? ' kern-form-input--error' : ''}`} data-condition={condition}>
              <label class="kern-label" for={name}>
                {title}
              </label>
              {hint}
              {errorLine}
              <textarea
                class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
                id={name}
                name={name}
                rows={4}
                maxLength={q.maxLength ?? DEFAULT_TEXT_LENGTH}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={describedBy}
              >
                {typeof values[name] === 'string' ? values[name] : ''}
              </textarea>
            </div>
          );
        return (
          <fieldset
            id={name}
            class={`kern-fieldset lotse-survey-question${error ? ' kern-fieldset--error' : ''}`}
            aria-describedby={describedBy}
            data-condition={condition}
          >
            <legend class="kern-label">{title}</legend>
            {hint}
            {errorLine}
            <div class="kern-fieldset__body">
              <Inputs ctx={ctx} q={q} values={values} describedBy={describedBy} />
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
