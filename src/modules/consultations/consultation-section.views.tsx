// A section of a consultation's document on its own page: the text, agreement and disagreement (one
// vote per resident, changeable; a vote without a choice comes back with its error), and the comment
// threads of every version that had the section, with the administration's answers and weighing.
import type { ComponentChildren } from 'preact';
import type { Resident } from '../../platform/resident-session.js';
import { Alert, Markdown, PrivacyNoticeLink, Text } from '../../views/components.js';
import { CsrfField, SubmitButton } from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { sectionId, sectionPath, versionPath } from './consultation-paths.js';
import { type ConsultationView, type SectionCounts, type SectionView, type VoteStance } from './consultation.types.js';
import { Counts } from './consultations.views.js';

export function SectionPage({
  ctx,
  csrf,
  consultation: c,
  section,
  version,
  counts,
  open,
  resident,
  vote,
  voteError,
  notice,
  threads,
}: {
  ctx: PageContext;
  csrf: string;
  consultation: ConsultationView;
  section: SectionView;
  version: number;
  counts: SectionCounts;
  open: boolean;
  resident: Resident | null;
  vote: VoteStance | null;
  voteError?: string | undefined;
  notice?: string | undefined;
  threads: ComponentChildren;
}) {
  const { t, locale } = ctx;
  const here = sectionPath(ctx, c.slug, section.anchor);
  return (
    <Layout
      ctx={ctx}
      title={`${section.heading} – ${c.title.de}`}
      current="participation"
      noindex={false}
      scripts={['/assets/quote-selection.js']}
    >
      <p class="kern-body">
        <a class="kern-link" href={`${versionPath(ctx, c.slug, version)}#${sectionId(section.anchor)}`}>
          {t('consultations.section.back', { number: version })}
        </a>
      </p>
      <p class="kern-body">
        <Text ctx={ctx} value={c.title} />
      </p>
      <h1 class="kern-heading-large" lang="de">
        {section.heading}
      </h1>
      {c.example && <Alert kind="info" title={t('consultations.example')} />}
      {notice && <Alert kind="success" title={notice} />}
      {voteError && (
        <Alert kind="danger" title={t('form.errorSummary', { count: 1 })}>
          <ul class="kern-list">
            <li>
              <a class="kern-link" href="#stimme-agree">
                {voteError}
              </a>
            </li>
          </ul>
        </Alert>
      )}
      <div data-quote-source>
        <Markdown source={section.body} lang="de" />
      </div>
      <Counts ctx={ctx} counts={counts} />
      <section class="lotse-section" aria-labelledby="bewertung">
        <h2 class="kern-heading-medium" id="bewertung">
          {t('consultations.vote.title')}
        </h2>
        {!open ? (
          <p class="kern-body">{t('consultations.closed')}</p>
        ) : resident === null ? (
          <p class="kern-body">
            <a class="kern-link" href={`${localePath(locale, '/buergerkonto/anmelden')}?weiter=${encodeURIComponent(here)}`}>
              {t('consultations.vote.signIn')}
            </a>
          </p>
        ) : resident.blocked ? (
          <Alert kind="warning" title={t('residents.blocked')} />
        ) : (
          <form method="post" action={`${here}/stimme`} class="lotse-form-section" novalidate>
            <CsrfField token={csrf} />
            <fieldset
              class={`kern-fieldset${voteError ? ' kern-fieldset--error' : ''}`}
              aria-describedby={voteError ? 'stimme-error' : undefined}
            >
              <legend class="kern-label">{t('consultations.vote.legend', { heading: section.heading })}</legend>
              {vote && <p class="kern-hint">{t(`consultations.vote.yours.${vote}`)}</p>}
              {voteError && (
                <p class="kern-error" id="stimme-error" role="alert">
                  {voteError}
                </p>
              )}
              <div class="kern-fieldset__body">
                {(['agree', 'disagree'] as const).map((stance) => (
                  <div class="kern-form-check">
                    <input
                      class="kern-form-check__radio"
                      type="radio"
                      id={`stimme-${stance}`}
                      name="stance"
                      value={stance}
                      checked={vote === stance}
                    />
                    <label class="kern-label" for={`stimme-${stance}`}>
                      {t(`consultations.vote.${stance}`)}
                    </label>
                  </div>
                ))}
                {vote && (
                  <div class="kern-form-check">
                    <input class="kern-form-check__radio" type="radio" id="stimme-none" name="stance" value="none" />
                    <label class="kern-label" for="stimme-none">
                      {t('consultations.vote.none')}
                    </label>
                  </div>
                )}
              </div>
            </fieldset>
            <SubmitButton label={t('consultations.vote.submit')} kind="secondary" />
            <PrivacyNoticeLink ctx={ctx} section="konsultationen" />
          </form>
        )}
      </section>
      <p class="kern-body">{t('comments.rules')}</p>
      {threads}
    </Layout>
  );
}
