// A comment on the consultation's back-office page with the administration's answer and weighing (taken
// up, partly, not, with reasons): shown, or the form to record it.
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDateTime } from '../../lib/format.js';
import { CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextAreaField } from '../../views/form-fields.js';
import type { PageContext } from '../../views/page-context.js';
import { staffConsultationPath } from './consultation-paths.js';
import { type CommentRow, weighingOutcomes } from './consultation.types.js';

export function Weighing({
  ctx,
  slug,
  comment,
  csrf,
  form,
}: {
  ctx: PageContext;
  slug: string;
  comment: CommentRow;
  csrf: string;
  form?: WeighForm;
}) {
  const { t, locale } = ctx;
  const values = form?.values ?? {
    outcome: comment.weighing?.outcome ?? '',
    reason: comment.weighing?.reason ?? '',
    answer: comment.weighing?.answer ?? '',
  };
  const errors = form?.errors ?? {};
  const id = (f: string) => `k${comment.id}-${f}`;
  return (
    <article class="lotse-panel" id={`kommentar-${comment.id}`} aria-labelledby={`kommentar-${comment.id}-titel`}>
      <h3 class="kern-heading-small" id={`kommentar-${comment.id}-titel`}>
        {t('consultations.comment.heading', { number: comment.id, version: comment.version })} <span lang="de">{comment.heading}</span>
      </h3>
      <p class="kern-body kern-body--small">
        <time datetime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt, locale)}</time>
        {comment.depth > 1 && <> · {t('consultations.comment.reply')}</>}
        {comment.hidden && <> · {t('consultations.comment.hidden')}</>}
      </p>
      {comment.quote && (
        <blockquote class="lotse-comment__quote">
          <p lang="de">{comment.quote}</p>
        </blockquote>
      )}
      <p class="lotse-comment__body">{comment.body}</p>
      <form
        method="post"
        action={staffConsultationPath(ctx, slug, `/kommentare/${comment.id}/abwaegung`)}
        class="lotse-form-section"
        novalidate
      >
        <CsrfField token={csrf} />
        <ErrorSummary ctx={ctx} errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [id(k), v]))} />
        <SelectField
          id={id('outcome')}
          name="outcome"
          label={t('consultations.weighing.outcome')}
          value={values.outcome ?? ''}
          error={errorText(ctx, errors, 'outcome')}
          options={[
            { value: '', label: t('consultations.weighing.choose') },
            ...weighingOutcomes.map((o) => ({ value: o, label: t(`consultations.outcome.${o}`) })),
          ]}
        />
        <TextAreaField
          id={id('reason')}
          name="reason"
          label={t('consultations.weighing.reason')}
          value={values.reason ?? ''}
          error={errorText(ctx, errors, 'reason')}
          rows={3}
          required
        />
        <TextAreaField
          id={id('answer')}
          name="answer"
          label={t('consultations.weighing.answer')}
          hint={t('consultations.weighing.answerHint')}
          value={values.answer ?? ''}
          error={errorText(ctx, errors, 'answer')}
          rows={3}
          required
        />
        <SubmitButton label={t('consultations.weighing.save')} kind="secondary" />
      </form>
    </article>
  );
}

export interface WeighForm {
  commentId: number;
  values: Record<string, string>;
  errors: FormErrors;
}
