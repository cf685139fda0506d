// The resident's follows, for their profile page: what they follow with a stop button each, and small
// forms to follow a topic or a municipality. Plain forms with the CSRF token; no JavaScript needed.
import { formatDate } from '../../lib/format.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { pick, type LocalizedText } from '../../lib/localized.js';
import { CsrfField, SelectField, SubmitButton } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { FollowEntry, FollowKind, FollowsOverview } from './follows.service.js';

export { followsOf, followData } from './follows.service.js';

/** A localised name with a lang attribute when it fell back to German. */
export function LocalName({ ctx, name }: { ctx: PageContext; name: LocalizedText }) {
  const picked = pick(name, ctx.locale);
  if (!picked) return null;
  return <span lang={picked.lang === ctx.locale ? undefined : picked.lang}>{picked.text}</span>;
}

/** Where a followed thing lives: the Vorhaben page, or the register filtered by topic or municipality. */
export function targetHref(ctx: PageContext, kind: FollowKind, slug: string): string {
  if (kind === 'project') return localePath(ctx.locale, `/vorhaben/${slug}`);
  if (kind === 'place') return localePath(ctx.locale, `/vorhaben?place=${encodeURIComponent(slug)}`);
  return localePath(ctx.locale, `/vorhaben?${kind === 'topic' ? 'topic' : 'municipality'}=${encodeURIComponent(slug)}`);
}

function StopForm({ ctx, csrf, entry, returnTo }: { ctx: PageContext; csrf: string; entry: FollowEntry; returnTo?: string | undefined }) {
  const name = pick(entry.name, ctx.locale)?.text ?? entry.slug;
  return (
    <form method="post" action={localePath(ctx.locale, '/folgen/beenden')}>
      <CsrfField token={csrf} />
      <input type="hidden" name="id" value={String(entry.id)} />
      {returnTo && <input type="hidden" name="weiter" value={returnTo} />}
      <button type="submit" class="kern-btn kern-btn--secondary" aria-label={ctx.t('notifications.follow.stopNamed', { name })}>
        <span class="kern-label">{ctx.t('notifications.follow.stop')}</span>
      </button>
    </form>
  );
}

/**
 * The follows section. `returnTo`: the page to come back to after following or stopping (a path of this
 * site with its language, e.g. "/de/buergerkonto"); without it the follow page is shown.
 */
export function FollowsSection({
  ctx,
  csrf,
  data,
  returnTo,
}: {
  ctx: PageContext;
  csrf: string;
  data: FollowsOverview;
  returnTo?: string;
}) {
  const { t, locale } = ctx;
  return (
    <section class="lotse-section" aria-labelledby="follows-heading">
      <h2 class="kern-heading-medium" id="follows-heading">
        {t('notifications.section.title')}
      </h2>
      <p class="kern-body">{t(`notifications.follow.mode.${data.notifyMode}`)}</p>
      <h3 class="kern-heading-small">{t('notifications.section.following')}</h3>
      {data.follows.length === 0 ? (
        <p class="kern-body">{t('notifications.section.empty')}</p>
      ) : (
        <ul class="lotse-result-list">
          {data.follows.map((f) => (
            <li class="lotse-panel">
              <p class="kern-body">
                {t(`notifications.follow.target.${f.kind}`)}:{' '}
                <a class="kern-link" href={targetHref(ctx, f.kind, f.slug)}>
                  <LocalName ctx={ctx} name={f.name} />
                </a>{' '}
                <span class="kern-body--small">
                  ({t('notifications.section.since', { date: formatDate(berlinParts(f.since).date, locale) })})
                </span>
              </p>
              <StopForm ctx={ctx} csrf={csrf} entry={f} returnTo={returnTo} />
            </li>
          ))}
        </ul>
      )}
      <p class="kern-body kern-body--small">{t('notifications.section.projectHint')}</p>
      {data.topics.length > 0 && (
        <form method="post" action={localePath(locale, '/folgen')} class="lotse-form-section">
          <h3 class="kern-heading-small">{t('notifications.section.followTopic')}</h3>
          <CsrfField token={csrf} />
          {returnTo && <input type="hidden" name="weiter" value={returnTo} />}
          <SelectField
            id="follow-topic"
            name="thema"
            label={t('notifications.section.topic')}
            value=""
            options={data.topics.map((tp) => ({ value: tp.slug, label: pick(tp.name, locale)?.text ?? tp.slug }))}
          />
          <div>
            <SubmitButton label={t('notifications.follow.submit')} kind="secondary" />
          </div>
        </form>
      )}
      {data.municipalities.length > 0 && (
        <form method="post" action={localePath(locale, '/folgen')} class="lotse-form-section">
          <h3 class="kern-heading-small">{t('notifications.section.followMunicipality')}</h3>
          <CsrfField token={csrf} />
          {returnTo && <input type="hidden" name="weiter" value={returnTo} />}
          <SelectField
            id="follow-municipality"
            name="kommune"
            label={t('notifications.section.municipality')}
            value=""
            options={data.municipalities.map((m) => ({ value: m.slug, label: pick(m.name, locale)?.text ?? m.slug }))}
          />
          <div>
            <SubmitButton label={t('notifications.follow.submit')} kind="secondary" />
          </div>
        </form>
      )}
    </section>
  );
}
