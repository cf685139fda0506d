// The moderation queue: reported comments with their reasons and the actions on them, recently hidden
// comments to restore, and blocked accounts.
import { formatDateTime } from '../../lib/format.js';
import { Alert } from '../../views/components.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { CsrfField, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import type { ModeratedComment, moderationQueue } from './moderation.service.js';

function placeLink(ctx: PageContext, c: ModeratedComment) {
  const path = c.idea_id ? `/beteiligung/${c.process_slug}/ideen/${c.idea_id}` : `/vorhaben/${c.project_slug}/diskussion`;
  const label = c.idea_id ? `${ctx.t('ideas.idea')}: ${c.idea_title}` : c.project_title.de;
  return (
    <a class="kern-link" href={`${localePath(ctx.locale, path)}#kommentar-${c.id}`} lang={c.idea_id ? undefined : 'de'}>
      {label}
    </a>
  );
}

function Author({ ctx, c }: { ctx: PageContext; c: ModeratedComment }) {
  if (c.resident_id === null) return <>{ctx.t('comments.deletedAuthor')}</>;
  return <>{`${c.display_name ?? ctx.t('comments.anonymous')} (#${c.resident_id})`}</>;
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
}: BackOfficePage & { csrf: string; queue: Awaited<ReturnType<typeof moderationQueue>>; done?: string | undefined }) {
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
              <Author ctx={ctx} c={c} /> · {formatDateTime(c.created_at, locale)}
              {c.hidden_at && <> · {t('comments.hidden')}</>}
            </p>
            <blockquote class="lotse-comment__body">{c.body}</blockquote>
            <h4 class="kern-heading-small">{t('moderation.reasons')}</h4>
            <ul class="kern-list">
              {(c.reports as { reason: string; created_at: string }[]).map((r) => (
                <li>
                  {r.reason} ({formatDateTime(new Date(r.created_at), locale)})
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
            {queue.mayBlock && c.resident_id !== null && !c.blocked_at && (
              <BlockForm ctx={ctx} csrf={csrf} residentId={c.resident_id} formKey={`r${c.id}`} />
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
              <Author ctx={ctx} c={c} /> · {t('moderation.hiddenBecause', { reason: c.hidden_reason ?? '' })}
            </p>
            <blockquote class="lotse-comment__body">{c.body}</blockquote>
            <form method="post" action={`${base}/kommentare/${c.id}/wiederherstellen`}>
              <CsrfField token={csrf} />
              <SubmitButton label={t('moderation.restore')} kind="secondary" />
            </form>
            {queue.mayBlock && c.resident_id !== null && !c.blocked_at && (
              <BlockForm ctx={ctx} csrf={csrf} residentId={c.resident_id} formKey={`h${c.id}`} />
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
                {`${r.display_name ?? t('comments.anonymous')} (#${r.id})`}: {r.blocked_reason}
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
