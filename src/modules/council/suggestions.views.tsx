// The back-office page of decision suggestions of a municipality: each paper that mentions a Vorhaben's
// decision or title without being linked, to confirm (for a decision without a paper, or as a new
// decision) or to dismiss.
import { formatDate } from '../../lib/format.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import { Text } from '../../views/components.js';
import { CsrfField, SelectField, SubmitButton } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import { councilPath } from './council-paths.js';
import { CouncilSubpage } from './council-subpage.views.js';
import type { SuggestionsPageView } from './suggestions.service.js';

export function CouncilSuggestionsPage({ ctx, nav, csrf, page }: BackOfficePage & { csrf: string; page: SuggestionsPageView }) {
  const { t, locale } = ctx;
  const title = t('council.suggestions.heading', { municipality: page.name });
  return (
    <CouncilSubpage ctx={ctx} title={title} nav={nav} back={{ slug: page.slug, label: t('council.backToSettings') }}>
      <p class="kern-body">{t('council.suggestions.intro')}</p>
      {page.suggestions.length === 0 && <p class="kern-body">{t('council.suggestions.none')}</p>}
      {page.suggestions.map((s) => {
        const base = localePath(locale, councilPath(page.slug, `/vorschlaege/${s.projectId}/${s.paperId}`));
        const id = `vorschlag-${s.projectId}-${s.paperId}`;
        return (
          <section class="lotse-form-section" aria-labelledby={`${id}-titel`}>
            <h2 class="kern-heading-small" id={`${id}-titel`}>
              <span lang="de">
                {s.paper.web ? (
                  <a class="kern-link" href={s.paper.web}>
                    {[s.paper.reference, s.paper.name].filter(Boolean).join(' – ')}
                  </a>
                ) : (
                  [s.paper.reference, s.paper.name].filter(Boolean).join(' – ')
                )}
              </span>
              {s.paper.date && <> ({formatDate(s.paper.date, locale)})</>}
            </h2>
            <p class="kern-body">
              {t('council.suggestions.for')}{' '}
              <a class="kern-link" href={localePath(locale, `/vorhaben/${encodeURIComponent(s.projectSlug)}`)}>
                <Text ctx={ctx} value={s.projectTitle} />
              </a>
              {' – '}
              {t('council.suggestions.mentions')} <span lang="de">„{s.mentions}“</span>
            </p>
            <form method="post" action={`${base}/bestaetigen`} novalidate>
              <CsrfField token={csrf} />
              <SelectField
                id={`${id}-beschluss`}
                name="decision"
                label={t('council.suggestions.decision')}
                value={s.decisions[0] ? String(s.decisions[0].id) : 'new'}
                options={[
                  ...s.decisions.map((d) => ({ value: String(d.id), label: d.text })),
                  ...(s.paper.reference
                    ? [{ value: 'new', label: t('council.suggestions.newDecision', { reference: s.paper.reference }) }]
                    : []),
                ]}
              />
              <SubmitButton label={t('council.suggestions.confirm')} />
            </form>
            <form method="post" action={`${base}/verwerfen`} novalidate>
              <CsrfField token={csrf} />
              <SubmitButton label={t('council.suggestions.dismiss')} kind="secondary" />
            </form>
          </section>
        );
      })}
    </CouncilSubpage>
  );
}
