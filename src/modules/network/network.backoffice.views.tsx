// Back-office pages of the network: the overview for the agency (partners to verify, open cases per
// advisor and age, partners per topic and municipality, introductions and their outcomes), a partner's
// review page with links and suggestions to introduce, and the suggestions for an idea or a Vorhaben.
import { formatDateTime, formatNumber } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Alert, Badge } from '../../views/components.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { Checkbox, CsrfField, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import type { NetworkOverviewView } from './advisory.view-model.js';
import type { IntroductionView } from './introductions.service.js';
import type { MatchRef, Suggestion } from './matchmaking.service.js';
import type { PartnerReviewView, StaffPartnerView } from './partners.service.js';
import { reasonText } from './partners.views.js';

/** One of the overview's tables: a caption, its column heads and a row of cells for each entry. */
function Table({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number | preact.JSX.Element | null)[][] }) {
  return (
    <DataTable
      caption={caption}
      head={head.map((h) => (
        <Th>{h}</Th>
      ))}
    >
      {rows.map((r) => (
        <Tr>
          {r.map((cell) => (
            <Td>{cell}</Td>
          ))}
        </Tr>
      ))}
    </DataTable>
  );
}

export function NetworkOverviewPage({
  ctx,
  nav,
  csrf,
  partners,
  overview,
  intros,
  done,
}: BackOfficePage & {
  csrf: string;
  partners: StaffPartnerView[];
  overview: NetworkOverviewView;
  intros: IntroductionView[];
  done?: string | undefined;
}) {
  const { t, locale } = ctx;
  const base = localePath(locale, '/verwaltung/netzwerk');
  return (
    <BackOfficeLayout ctx={ctx} title={t('network.admin.title')} nav={nav} current="network">
      <h1 class="kern-heading-large">{t('network.admin.title')}</h1>
      {done && <Alert kind="success" title={done} />}
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, '/verwaltung/beratung')}>
          {t('network.admin.cases')}
        </a>
      </p>
      <section class="lotse-section" aria-labelledby="partners">
        <h2 class="kern-heading-medium" id="partners">
          {t('network.admin.partners', { count: partners.length })}
        </h2>
        <Table
          caption={t('network.admin.partnersCaption')}
          head={[t('network.field.name'), t('network.field.kind'), t('register.filter.municipality'), t('ideas.admin.status')]}
          rows={partners.map((p) => [
            <a class="kern-link" href={`${base}/partner/${p.slug}`}>
              {p.name}
            </a>,
            t(`network.kind.${p.kind}`),
            p.municipalityName ?? '—',
            <>
              {p.hidden ? (
                <Badge kind="danger">{t('comments.hidden')}</Badge>
              ) : p.verified ? (
                <Badge kind="success">{t('network.admin.verified')}</Badge>
              ) : (
                <Badge kind="warning">{t('network.admin.unverified')}</Badge>
              )}
              {p.changedSinceVerification && (
                <>
                  {' '}
                  <Badge kind="warning">{t('network.admin.changed')}</Badge>
                </>
              )}
            </>,
          ])}
        />
      </section>
      <section class="lotse-section" aria-labelledby="open-cases">
        <h2 class="kern-heading-medium" id="open-cases">
          {t('network.admin.openCases', { count: overview.openCases.length })}
        </h2>
        <Table
          caption={t('network.admin.perAdvisor')}
          head={[t('network.admin.advisor'), t('network.admin.count'), t('network.admin.oldest')]}
          rows={overview.perAdvisor.map((a) => [
            a.advisor ?? t('network.admin.noAdvisor'),
            formatNumber(a.count, locale),
            t('network.admin.days', { count: a.oldest }),
          ])}
        />
        <Table
          caption={t('network.admin.openCasesCaption')}
          head={[t('network.case.field.title'), t('network.admin.advisor'), t('ideas.admin.status'), t('network.admin.age')]}
          rows={overview.openCases.map((c) => [
            <a class="kern-link" href={localePath(locale, `/verwaltung/beratung/${c.id}`)}>
              {c.title}
            </a>,
            c.advisor ?? t('network.admin.noAdvisor'),
            t(`network.case.status.${c.status}`),
            t('network.admin.days', { count: c.ageDays }),
          ])}
        />
      </section>
      <section class="lotse-section" aria-labelledby="per-topic">
        <h2 class="kern-heading-medium" id="per-topic">
          {t('network.admin.perTopic')}
        </h2>
        <Table
          caption={t('network.admin.perTopic')}
          head={[t('register.filter.topic'), t('network.admin.count')]}
          rows={overview.byTopic.map((r) => [pick(r.name, locale)?.text ?? '', r.count])}
        />
        <Table
          caption={t('network.admin.perMunicipality')}
          head={[t('register.filter.municipality'), t('network.admin.count')]}
          rows={overview.byMunicipality.map((r) => [r.name ?? t('network.field.wholeRegion'), r.count])}
        />
      </section>
      <section class="lotse-section" aria-labelledby="intros">
        <h2 class="kern-heading-medium" id="intros">
          {t('network.admin.introductions', { count: intros.length })}
        </h2>
        {intros.length === 0 && <p class="kern-body">{t('moderation.empty')}</p>}
        {intros.map((i) => (
          <article class="lotse-panel" aria-labelledby={`intro-${i.id}`}>
            <h3 class="kern-heading-small" id={`intro-${i.id}`}>
              {i.partner} ↔ {i.other}
            </h3>
            <p class="kern-body--small">
              {formatDateTime(i.createdAt, locale)}
              {i.by && ` · ${i.by}`}
            </p>
            {i.note && <p class="kern-body lotse-preline">{i.note}</p>}
            <form method="post" action={`${base}/vorstellungen/${i.id}`} class="lotse-form-section" novalidate>
              <CsrfField token={csrf} />
              <TextField
                id={`outcome-${i.id}`}
                name="outcome"
                label={t('network.admin.outcome')}
                hint={t('network.admin.outcomeHint')}
                value={i.outcome ?? ''}
              />
              <SubmitButton label={t('network.admin.saveOutcome')} kind="secondary" />
            </form>
          </article>
        ))}
      </section>
    </BackOfficeLayout>
  );
}

export function IntroduceForm({
  ctx,
  csrf,
  partner,
  kind,
  keyValue,
  label,
  back,
}: {
  ctx: PageContext;
  csrf: string;
  partner: string;
  kind: MatchRef['kind'];
  keyValue: string;
  label: string;
  back: string;
}) {
  const id = `intro-${kind}-${keyValue}`;
  return (
    <form method="post" action={localePath(ctx.locale, '/verwaltung/netzwerk/vorstellungen')} class="lotse-form-section" novalidate>
      <CsrfField token={csrf} />
      <input type="hidden" name="partner" value={partner} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="key" value={keyValue} />
      <input type="hidden" name="weiter" value={back} />
      <TextField id={`${id}-note`} name="note" label={ctx.t('network.admin.introNote', { name: label })} value="" />
      <SubmitButton label={ctx.t('network.admin.introduce')} kind="secondary" />
    </form>
  );
}

export function SuggestionList({
  ctx,
  csrf,
  suggestions,
  partnerOf,
  back,
}: {
  ctx: PageContext;
  csrf: string;
  suggestions: Suggestion[];
  partnerOf: (s: Suggestion) => { partner: string; kind: MatchRef['kind']; key: string } | null;
  back: string;
}) {
  const { t, locale } = ctx;
  if (suggestions.length === 0) return <p class="kern-body">{t('network.admin.noSuggestions')}</p>;
  return (
    <ul class="lotse-result-list">
      {suggestions.map((s) => {
        const intro = partnerOf(s);
        return (
          <li class="lotse-panel">
            <p class="kern-body">
              {t(`network.match.${s.kind}`)}:{' '}
              <a class="kern-link" href={localePath(locale, s.path)}>
                {s.label}
              </a>
            </p>
            <p class="kern-body--small">{t('network.admin.why', { reasons: reasonText(ctx, s) })}</p>
            {intro && (
              <IntroduceForm
                ctx={ctx}
                csrf={csrf}
                partner={intro.partner}
                kind={intro.kind}
                keyValue={intro.key}
                label={s.label}
                back={back}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function PartnerReviewPage({
  ctx,
  nav,
  csrf,
  partner,
  links,
  suggestions,
  saved,
}: BackOfficePage & {
  csrf: string;
  partner: PartnerReviewView;
  links: { projects: string[]; events: string[] };
  suggestions: Suggestion[];
  saved: boolean;
}) {
  const { t, locale } = ctx;
  const base = localePath(locale, `/verwaltung/netzwerk/partner/${partner.slug}`);
  return (
    <BackOfficeLayout ctx={ctx} title={partner.name} nav={nav} current="network">
      <p>
        <a class="kern-link" href={localePath(locale, '/verwaltung/netzwerk')}>
          {t('network.admin.title')}
        </a>
      </p>
      <h1 class="kern-heading-large">{partner.name}</h1>
      {saved && <Alert kind="success" title={t('residents.profile.saved')} />}
      <p class="kern-body">
        {t(`network.kind.${partner.kind}`)} · {t('network.field.contactEmail')}: {partner.contactEmail}
        {partner.verified ? ` · ${t('network.admin.verified')}` : ` · ${t('network.admin.unverified')}`}
        {partner.hidden && ` · ${t('comments.hidden')}`}
      </p>
      <p class="kern-body lotse-preline">{partner.description}</p>
      {partner.verified && !partner.hidden && (
        <p class="kern-body">
          <a class="kern-link" href={localePath(locale, `/netzwerk/${partner.slug}`)}>
            {t('ideas.admin.publicPage')}
          </a>
        </p>
      )}
      <form method="post" action={base} class="lotse-form-section" novalidate>
        <CsrfField token={csrf} />
        {!partner.verified && <Checkbox id="verify" name="verify" label={t('network.admin.verify')} checked={false} />}
        {partner.changedSinceVerification && <Checkbox id="verify" name="verify" label={t('network.admin.reverify')} checked={false} />}
        <Checkbox id="hidden" name="hidden" label={t('network.admin.hide')} checked={partner.hidden} />
        <TextAreaField
          id="projects"
          label={t('network.admin.projects')}
          hint={t('network.admin.slugsHint')}
          value={links.projects.join('\n')}
          rows={3}
        />
        <TextAreaField
          id="events"
          label={t('network.admin.events')}
          hint={t('network.admin.slugsHint')}
          value={links.events.join('\n')}
          rows={3}
        />
        <SubmitButton label={t('network.admin.save')} />
      </form>
      <section class="lotse-section" aria-labelledby="suggestions">
        <h2 class="kern-heading-medium" id="suggestions">
          {t('network.suggestions')}
        </h2>
        <SuggestionList
          ctx={ctx}
          csrf={csrf}
          suggestions={suggestions}
          back={base}
          partnerOf={(s) => (partner.verified && !partner.hidden ? { partner: partner.slug, kind: s.kind, key: s.key } : null)}
        />
      </section>
    </BackOfficeLayout>
  );
}

export function MatchPage({
  ctx,
  nav,
  csrf,
  title,
  suggestions,
  target,
  back,
}: BackOfficePage & { csrf: string; title: string; suggestions: Suggestion[]; target: MatchRef; back: string }) {
  const { t } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('network.admin.matchTitle', { title })} nav={nav} current="network">
      <h1 class="kern-heading-large">{t('network.admin.matchTitle', { title })}</h1>
      <SuggestionList
        ctx={ctx}
        csrf={csrf}
        suggestions={suggestions}
        back={back}
        partnerOf={(s) => (s.kind === 'partner' ? { partner: s.key, kind: target.kind, key: target.key } : null)}
      />
    </BackOfficeLayout>
  );
}
