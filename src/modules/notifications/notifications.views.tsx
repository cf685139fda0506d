// Pages of notifications: following a Vorhaben, topic or municipality (what, and one button), and the
// one-click unsubscribe behind the link in every notification mail.
import type { NotifyMode } from '../../db/schema.js';
import { Alert } from '../../views/components.js';
import { CsrfField, SubmitButton } from '../../views/form-fields.js';
import { StepPage } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { LocalName, targetHref } from './follows.views.js';
import { type ResolvedTarget, targetParams } from './follows.service.js';

export function FollowPage({
  ctx,
  csrf,
  target,
  followId,
  notifyMode,
  notice,
}: {
  ctx: PageContext;
  csrf: string;
  target: ResolvedTarget;
  followId: number | null;
  notifyMode: NotifyMode;
  notice?: 'followed' | 'stopped' | undefined;
}) {
  const { t, locale } = ctx;
  const param = targetParams[target.kind];
  return (
    <StepPage ctx={ctx} title={t('notifications.follow.title')}>
      {notice === 'followed' && <Alert kind="success" title={t('notifications.follow.done')} />}
      {notice === 'stopped' && <Alert kind="success" title={t('notifications.follow.stopped')} />}
      <p class="kern-body kern-body--large">
        {t(`notifications.follow.target.${target.kind}`)}:{' '}
        <a class="kern-link" href={targetHref(ctx, target.kind, target.slug)}>
          <LocalName ctx={ctx} name={target.name} />
        </a>
      </p>
      <p class="kern-body">{t(`notifications.follow.scope.${target.kind}`)}</p>
      <p class="kern-body">{t('notifications.follow.intro')}</p>
      <p class="kern-body">{t(`notifications.follow.mode.${notifyMode}`)}</p>
      {followId === null ? (
        <form method="post" action={localePath(locale, '/folgen')}>
          <CsrfField token={csrf} />
          <input type="hidden" name={param} value={target.slug} />
          <SubmitButton label={t('notifications.follow.submit')} />
        </form>
      ) : (
        <>
          {notice !== 'followed' && <p class="kern-body">{t('notifications.follow.already')}</p>}
          <form method="post" action={localePath(locale, '/folgen/beenden')}>
            <CsrfField token={csrf} />
            <input type="hidden" name="id" value={String(followId)} />
            <SubmitButton label={t('notifications.follow.stop')} kind="secondary" />
          </form>
        </>
      )}
      <p class="kern-body">
        <a class="kern-link" href={targetHref(ctx, target.kind, target.slug)}>
          {t('notifications.follow.back')}
        </a>
      </p>
    </StepPage>
  );
}

/** The page behind the link in a mail: one button; the token goes back in the address (as for RFC 8058). */
export function UnsubscribePage({ ctx, token }: { ctx: PageContext; token: string }) {
  const { t, locale } = ctx;
  return (
    <StepPage ctx={ctx} title={t('notifications.unsubscribe.title')}>
      <p class="kern-body">{t('notifications.unsubscribe.text')}</p>
      <form method="post" action={`${localePath(locale, '/benachrichtigungen/abbestellen')}?token=${encodeURIComponent(token)}`}>
        <SubmitButton label={t('notifications.unsubscribe.submit')} />
      </form>
    </StepPage>
  );
}

export function UnsubscribedPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <StepPage ctx={ctx} title={t('notifications.unsubscribe.title')}>
      <Alert kind="success" title={t('notifications.unsubscribe.done')} />
      <p class="kern-body">{t('notifications.unsubscribe.doneText')}</p>
    </StepPage>
  );
}

export function InvalidUnsubscribePage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <StepPage ctx={ctx} title={t('notifications.unsubscribe.title')}>
      <Alert kind="danger" title={t('notifications.unsubscribe.invalid')} />
    </StepPage>
  );
}
