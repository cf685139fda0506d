// The moderation queue: reported comments with their reasons and the actions on them, recently hidden
// comments to restore, and blocked accounts.
import { formatDateTime } from '../../lib/format.js';
import { Alert } from '../../views/components.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { CsrfField, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { WrittenLanguage } from '../../views/text-language-field.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import type { ModeratedCommentView, ModerationQueueView } from './moderation.service.js';

function placeLink(ctx: PageContext, c: ModeratedCommentView) {
  const onIdea = c.ideaTitle !== null;
  const label = onIdea ? `${ctx.t('ideas.idea')}: ${c.ideaTitle}` : c.projectTitle.de;
  return (
    <a class="kern-link" href={`${localePath(ctx.locale, c.placePath)}#kommentar-${c.id}`} lang={onIdea ? undefined : 'de'}>
      {label}
    </a>
  );
}

function Author({ ctx, c }: { ctx: PageContext; c: ModeratedCommentView }) {
  if (c.authorId === null) return <>{ctx.t('comments.deletedAuthor')}</>;
  return <>{`${c.authorName ?? ctx.t('comments.anonymous')} (#${c.authorId})`}</>;
}

function BlockForm({ ctx, csrf, residentId, formKey }: { ctx: PageContext; csrf: string; residentId: number; formKey: string }) {
  return (
    <form
      method="post"
      action={localePath(ctx.locale, `/verwaltung/moderation/konten/${residentId}/sperren`)}
      class="lotse-form-section"
      novalidate
    >
      <CsrfField token={csrf} />
      <TextField id={`block-${formKey}`} name="reason" label={ctx.t('moderation.blockReason')} value="" required />
      <SubmitButton label={ctx.t('moderation.block')} kind="secondary" />
    </form>
  );
}

export function ModerationPage({
  ctx,
  nav,
  csrf,
  queue,
  done,
}: BackOfficePage & { csrf: string; queue: ModerationQueueView; done?: string | undefined }) {
  const { t, locale } = ctx;
  const base = localePath(locale, '/verwaltung/moderation');
  return (
    <BackOfficeLayout ctx={ctx} title={t('moderation.title')} nav={nav} current="moderation">
      <h1 class="kern-heading-large">{t('moderation.title')}</h1>
      {done && <Alert kind="success" title={done} />}
      <section class="lotse-section" aria-labelledby="reported">
        <h2 class="kern-heading-medium" id="reported">
          {t('moderation.reported', { count: queue.reported.length })}
        </h2>
        {queue.reported.length === 0 && <p class="kern-body">{t('moderation.empty')}</p>}
        {queue.reported.map((c) => (
          <article class="lotse-panel" aria-labelledby={`c-${c.id}`}>
            <h3 class="kern-heading-small" id={`c-${c.id}`}>
              {t('moderation.commentOn')} {placeLink(ctx, c)}
            </h3>
            <p class="kern-body--small">
              <Author ctx={ctx} c={c} /> · {formatDateTime(c.createdAt, locale)}
              {c.hidden && <> · {t('comments.hidden')}</>}
            </p>
            <WrittenLanguage ctx={ctx} language={c.textLanguage} small />
            <blockquote class="lotse-comment__body" lang={c.textLanguage}>
              {c.body}
            </blockquote>
            <h4 class="kern-heading-small">{t('moderation.reasons')}</h4>
            <ul class="kern-list">
              {c.reports.map((r) => (
                <li>
                  {r.reason} ({formatDateTime(r.createdAt, locale)})
                </li>
              ))}
            </ul>
            <div class="lotse-actions">
              <form method="post" action={`${base}/kommentare/${c.id}/ausblenden`} class="lotse-form-section" novalidate>
                <CsrfField token={csrf} />
                <TextField
                  id={`hide-${c.id}`}
                  name="reason"
                  label={t('moderation.hideReason')}
                  hint={t('moderation.hideReasonHint')}
                  value=""
                  required
                />
                <SubmitButton label={t('moderation.hide')} />
              </form>
              <form method="post" action={`${base}/kommentare/${c.id}/meldungen-verwerfen`}>
                <CsrfField token={csrf} />
                <SubmitButton label={t('moderation.dismiss')} kind="secondary" />
              </form>
            </div>
            {queue.mayBlock && c.authorId !== null && !c.authorBlocked && (
              <BlockForm ctx={ctx} csrf={csrf} residentId={c.authorId} formKey={`r${c.id}`} />
            )}
          </article>
        ))}
      </section>

      <section class="lotse-section" aria-labelledby="hidden">
        <h2 class="kern-heading-medium" id="hidden">
          {t('moderation.hiddenList')}
        </h2>
        {queue.hidden.length === 0 && <p class="kern-body">{t('moderation.empty')}</p>}
        {queue.hidden.map((c) => (
          <article class="lotse-panel" aria-labelledby={`h-${c.id}`}>
            <h3 class="kern-heading-small" id={`h-${c.id}`}>
              {t('moderation.commentOn')} {placeLink(ctx, c)}
            </h3>
            <p class="kern-body--small">
              <Author ctx={ctx} c={c} /> · {t('moderation.hiddenBecause', { reason: c.hiddenReason ?? '' })}
            </p>
            <WrittenLanguage ctx={ctx} language={c.textLanguage} small />
            <blockquote class="lotse-comment__body" lang={c.textLanguage}>
              {c.body}
            </blockquote>
            <form method="post" action={`${base}/kommentare/${c.id}/wiederherstellen`}>
              <CsrfField token={csrf} />
              <SubmitButton label={t('moderation.restore')} kind="secondary" />
            </form>
            {queue.mayBlock && c.authorId !== null && !c.authorBlocked && (
              <BlockForm ctx={ctx} csrf={csrf} residentId={c.authorId} formKey={`h${c.id}`} />
            )}
          </article>
        ))}
      </section>

      {queue.mayBlock && (
        <section class="lotse-section" aria-labelledby="blocked">
          <h2 class="kern-heading-medium" id="blocked">
            {t('moderation.blockedList')}
          </h2>
          {queue.blocked.length === 0 && <p class="kern-body">{t('moderation.empty')}</p>}
          <ul class="kern-list">
            {queue.blocked.map((r) => (
              <li>
                {`${r.name ?? t('comments.anonymous')} (#${r.id})`}: {r.reason}
                <form method="post" action={`${base}/konten/${r.id}/entsperren`}>
                  <CsrfField token={csrf} />
                  <SubmitButton label={t('moderation.unblock')} kind="tertiary" />
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
    </BackOfficeLayout>
  );
}
