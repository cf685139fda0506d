// Pages of participation processes: the public list (running, upcoming, finished), a process with its
// phases, results and events, and the back-office form.
import type { ComponentChildren } from 'preact';
import { berlinParts } from '../../lib/berlin-time.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { type LocalizedText, locales, pick, type RegionalLanguage } from '../../lib/localized.js';
import { RegionalTextFields } from '../../views/localized-fields.js';
import { RegionalTextSwitch } from '../../views/regional-text.js';
import { Badge, Markdown } from '../../views/components.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { Checkbox, CsrfField, ErrorSummary, errorText, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { Layout, languageNames } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { currentPhase } from './processes.service.js';
import { type Phase, phaseKinds, type ProcessEventView, type ProcessView } from './processes.view-model.js';

const today = () => berlinParts(new Date()).date;

function Localized({ ctx, value }: { ctx: PageContext; value: LocalizedText | null }) {
  const p = pick(value, ctx.locale);
  return p ? <span lang={p.lang === ctx.locale ? undefined : p.lang}>{p.text}</span> : null;
}

export function PhaseList({ ctx, phases }: { ctx: PageContext; phases: Phase[] }) {
  const { t, locale } = ctx;
  const now = today();
  return (
    <ol class="lotse-timeline">
      {phases.map((ph) => (
        <li class="lotse-timeline__item">
          <p class="kern-body">
            <strong>{t(`process.phase.${ph.kind}`)}</strong> · {formatDate(ph.startsOn, locale)} – {formatDate(ph.endsOn, locale)}{' '}
            {ph.startsOn <= now && now <= ph.endsOn && <Badge kind="success">{t('process.now')}</Badge>}
          </p>
        </li>
      ))}
    </ol>
  );
}

function ProcessCard({ ctx, p }: { ctx: PageContext; p: ProcessView }) {
  const phase = currentPhase(p, today());
  return (
    <li class="lotse-panel">
      <h3 class="kern-heading-small">
        <a class="kern-link" href={localePath(ctx.locale, `/beteiligung/${p.slug}`)}>
          <Localized ctx={ctx} value={p.title} />
        </a>
      </h3>
      <p class="kern-body kern-body--small">
        <Localized ctx={ctx} value={p.projectTitle} />
        {phase && (
          <>
            {' · '}
            {ctx.t('process.currentPhase', { phase: ctx.t(`process.phase.${phase.kind}`) })}
          </>
        )}
      </p>
    </li>
  );
}

export function ProcessListPage({ ctx, processes }: { ctx: PageContext; processes: ProcessView[] }) {
  const { t, locale } = ctx;
  const now = today();
  const running = processes.filter((p) => currentPhase(p, now));
  const upcoming = processes.filter((p) => !currentPhase(p, now) && p.phases.some((ph) => ph.startsOn > now));
  const finished = processes.filter((p) => !running.includes(p) && !upcoming.includes(p));
  const atom = localePath(locale, '/beteiligung/feed.atom');
  return (
    <Layout ctx={ctx} title={t('process.list.title')} current="participation" feeds={[{ href: atom, title: t('feeds.processes.title') }]}>
      <h1 class="kern-heading-large">{t('process.list.title')}</h1>
      <p class="kern-body kern-body--large">{t('process.list.intro')}</p>
      <p class="kern-body">
        <a class="kern-link" href={atom} type="application/atom+xml">
          {t('feeds.subscribe')}
        </a>
      </p>
      {(
        [
          ['running', running],
          ['upcoming', upcoming],
          ['finished', finished],
        ] as const
      ).map(([key, list]) => (
        <section class="lotse-section" aria-labelledby={`p-${key}`}>
          <h2 class="kern-heading-medium" id={`p-${key}`}>
            {t(`process.list.${key}`)} ({formatNumber(list.length, locale)})
          </h2>
          {list.length === 0 ? (
            <p class="kern-body">{t('process.list.none')}</p>
          ) : (
            <ul class="lotse-result-list">
              {list.map((p) => (
                <ProcessCard ctx={ctx} p={p} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </Layout>
  );
}

export function ProcessPage({
  ctx,
  p,
  events,
  ideas,
  regionalShown = null,
}: {
  ctx: PageContext;
  p: ProcessView;
  events: ProcessEventView[];
  ideas?: ComponentChildren;
  /** The North Frisian or Low German text asked for with `?text=`. */
  regionalShown?: RegionalLanguage | null;
}) {
  const { t, locale } = ctx;
  const description = pick(p.description, locale);
  const results = pick(p.results, locale);
  return (
    <Layout ctx={ctx} title={pick(p.title, locale)!.text} current="participation">
      <p>
        <a class="kern-link" href={localePath(locale, '/beteiligung')}>
          {t('process.backToList')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        <Localized ctx={ctx} value={p.title} />
      </h1>
      <p class="kern-body">
        {t('process.forProject')}{' '}
        <a class="kern-link" href={localePath(locale, `/vorhaben/${p.projectSlug}`)}>
          <Localized ctx={ctx} value={p.projectTitle} />
        </a>
      </p>
      {description && <Markdown source={description.text} lang={description.lang === locale ? undefined : description.lang} />}
      <RegionalTextSwitch
        ctx={ctx}
        page={localePath(locale, `/beteiligung/${p.slug}`)}
        texts={{ title: p.title, description: p.description }}
        shown={regionalShown}
      />
      <section class="lotse-section" aria-labelledby="phases-heading">
        <h2 class="kern-heading-medium" id="phases-heading">
          {t('process.phases')}
        </h2>
        <PhaseList ctx={ctx} phases={p.phases} />
      </section>
      {ideas}
      {events.length > 0 && (
        <section class="lotse-section" aria-labelledby="events-heading">
          <h2 class="kern-heading-medium" id="events-heading">
            {t('site.nav.events')}
          </h2>
          <ul class="kern-list">
            {events.map((e) => (
              <li>
                <a class="kern-link" href={localePath(locale, `/veranstaltungen/${e.slug}`)}>
                  <Localized ctx={ctx} value={e.title} />
                </a>{' '}
                ({formatDate(berlinParts(new Date(e.startsAt)).date, locale)})
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="lotse-section" aria-labelledby="results-heading">
        <h2 class="kern-heading-medium" id="results-heading">
          {t('process.results')}
        </h2>
        {results && <Markdown source={results.text} lang={results.lang === locale ? undefined : results.lang} />}
        <p class="kern-body">
          <a class="kern-link" href={localePath(locale, `/beteiligung/${p.slug}/bericht`)}>
            {t('report.link')}
          </a>
        </p>
      </section>
    </Layout>
  );
}

export interface ProcessFormValues {
  text: Record<string, string>;
  projectSlug: string;
  phases: Record<string, { startsOn: string; endsOn: string }>;
  published: boolean;
}

export function ProcessFormPage({
  ctx,
  nav,
  csrf,
  slug,
  values,
  errors,
}: BackOfficePage & { slug: string | null; values: ProcessFormValues; errors: FormErrors }) {
  const { t, locale } = ctx;
  const action = localePath(locale, `/verwaltung/beteiligung/prozesse/${slug ?? 'neu'}`);
  return (
    <BackOfficeLayout ctx={ctx} title={t('process.admin.title')} nav={nav} current="participation">
      <p>
        <a class="kern-link" href={localePath(locale, '/verwaltung/beteiligung')}>
          {t('participation.admin.back')}
        </a>
        {slug && (
          <>
            {' · '}
            <a class="kern-link" href={localePath(locale, `/beteiligung/${slug}`)}>
              {t('editorial.viewPublic')}
            </a>
            {' · '}
            <a class="kern-link" href={localePath(locale, `/verwaltung/beteiligung/prozesse/${slug}/beitraege`)}>
              {t('offline.title')}
            </a>
            {' · '}
            <a class="kern-link" href={localePath(locale, `/beteiligung/${slug}/bericht`)}>
              {t('report.link')}
            </a>
          </>
        )}
      </p>
      <h1 class="kern-heading-large">{t('process.admin.title')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action} class="lotse-form-section" novalidate>
        <CsrfField token={csrf} />
        <TextField
          id="projectSlug"
          label={t('events.filter.project')}
          hint={t('events.filter.projectHint')}
          value={values.projectSlug}
          error={errorText(ctx, errors, 'projectSlug')}
          required
        />
        {(['title', 'description', 'results'] as const).map((f) =>
          locales.map((l) =>
            f === 'title' ? (
              <TextField
                id={`${f}_${l}`}
                label={`${t('process.admin.titleField')} (${languageNames[l]})`}
                value={values.text[`${f}_${l}`] ?? ''}
                error={errorText(ctx, errors, `${f}_${l}`)}
                lang={l}
                required={l === 'de'}
              />
            ) : (
              <TextAreaField
                id={`${f}_${l}`}
                label={`${t(`process.admin.${f}`)} (${languageNames[l]})`}
                value={values.text[`${f}_${l}`] ?? ''}
                error={errorText(ctx, errors, `${f}_${l}`)}
                rows={l === 'de' ? 5 : 2}
                lang={l}
              />
            ),
          ),
        )}
        <RegionalTextFields
          ctx={ctx}
          fields={[
            { name: 'title', label: t('process.admin.titleField') },
            { name: 'description', label: t('process.admin.description'), long: true },
          ]}
          text={values.text}
          errors={errors}
        />
        <fieldset class="kern-fieldset">
          <legend class="kern-heading-small">{t('process.phases')}</legend>
          <p class="kern-body kern-body--small">{t('process.admin.phasesHint')}</p>
          {phaseKinds.map((k) => (
            <div class="lotse-decision-row" role="group" aria-label={t(`process.phase.${k}`)}>
              <TextField
                id={`phase_${k}_start`}
                type="date"
                label={`${t(`process.phase.${k}`)}: ${t('process.admin.from')}`}
                value={values.phases[k]?.startsOn ?? ''}
                error={errorText(ctx, errors, `phase_${k}_start`)}
              />
              <TextField
                id={`phase_${k}_end`}
                type="date"
                label={`${t(`process.phase.${k}`)}: ${t('process.admin.to')}`}
                value={values.phases[k]?.endsOn ?? ''}
                error={errorText(ctx, errors, `phase_${k}_end`)}
              />
            </div>
          ))}
        </fieldset>
        <Checkbox id="published" name="published" label={t('process.admin.published')} checked={values.published} />
        <div>
          <SubmitButton label={t('events.admin.save')} />
        </div>
      </form>
    </BackOfficeLayout>
  );
}
