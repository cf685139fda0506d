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
import type { networkOverview } from './advisory.service.js';
import type { introductions } from './introductions.service.js';
import type { MatchRef, Suggestion } from './matchmaking.service.js';
import type { editablePartner, staffPartners } from './partners.service.js';
import { reasonText } from './partners.views.js';

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number | preact.JSX.Element | null)[][] }) {
  return (
    <table class="kern-table">
      <caption class="kern-title">{caption}</caption>
      <thead class="kern-table__head">
        <tr class="kern-table__row">
          {head.map((h) => (
            <th class="kern-table__header" scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="kern-table__body">
        {rows.map((r) => (
          <tr class="kern-table__row">
            {r.map((cell) => (
              <td class="kern-table__cell">{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Open cases counted per advisor, with the age of the oldest. */
export function perAdvisor(cases: { advisor: string | null; age_days: number }[]) {
  const groups = new Map<string | null, { advisor: string | null; count: number; oldest: number }>();
  for (const c of cases) {
    const g = groups.get(c.advisor) ?? { advisor: c.advisor, count: 0, oldest: 0 };
    g.count += 1;
    g.oldest = Math.max(g.oldest, Number(c.age_days));
    groups.set(c.advisor, g);
  }
  return [...groups.values()];
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
  partners: Awaited<ReturnType<typeof staffPartners>>;
  overview: Awaited<ReturnType<typeof networkOverview>>;
  intros: Awaited<ReturnType<typeof introductions>>;
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
            p.municipality_name ?? '—',
            <>
              {p.hidden_at ? (
                <Badge kind="danger">{t('comments.hidden')}</Badge>
              ) : p.verified_at ? (
                <Badge kind="success">{t('network.admin.verified')}</Badge>
              ) : (
                <Badge kind="warning">{t('network.admin.unverified')}</Badge>
              )}
              {p.changed_since_verification && (
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
          rows={perAdvisor(overview.openCases).map((a) => [
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
            t('network.admin.days', { count: c.age_days }),
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
          rows={overview.byTopic.map((r) => [pick(r.name, locale)?.text ?? '', r.n])}
        />
        <Table
          caption={t('network.admin.perMunicipality')}
          head={[t('register.filter.municipality'), t('network.admin.count')]}
          rows={overview.byMunicipality.map((r) => [r.name ?? t('network.field.wholeRegion'), r.n])}
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
              {i.partner} ↔ {i.other_partner ?? i.idea ?? (i.project ? i.project.de : '')}
            </h3>
            <p class="kern-body--small">
              {formatDateTime(i.created_at, locale)}
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
  partner: Awaited<ReturnType<typeof editablePartner>>;
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
        {t(`network.kind.${partner.kind}`)} · {t('network.field.contactEmail')}: {partner.contact_email}
        {partner.verified_at ? ` · ${t('network.admin.verified')}` : ` · ${t('network.admin.unverified')}`}
        {partner.hidden_at && ` · ${t('comments.hidden')}`}
      </p>
      <p class="kern-body lotse-preline">{partner.description}</p>
      {partner.verified_at && !partner.hidden_at && (
        <p class="kern-body">
          <a class="kern-link" href={localePath(locale, `/netzwerk/${partner.slug}`)}>
            {t('ideas.admin.publicPage')}
          </a>
        </p>
      )}
      <form method="post" action={base} class="lotse-form-section" novalidate>
        <CsrfField token={csrf} />
        {!partner.verified_at && <Checkbox id="verify" name="verify" label={t('network.admin.verify')} checked={false} />}
        {partner.verified_at && new Date(partner.updated_at) > new Date(partner.verified_at) && (
          <Checkbox id="verify" name="verify" label={t('network.admin.reverify')} checked={false} />
        )}
        <Checkbox id="hidden" name="hidden" label={t('network.admin.hide')} checked={partner.hidden_at !== null} />
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
          partnerOf={(s) => (partner.verified_at && !partner.hidden_at ? { partner: partner.slug, kind: s.kind, key: s.key } : null)}
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
