// Pages of the public register: the searchable list and the detail page of one Vorhaben.
import type { ComponentChildren } from 'preact';
import { formatDate, formatDateTime, formatEuro } from '../../lib/format.js';
import { type LocalizedText, pick } from '../../lib/localized.js';
import { plainTeaser } from '../../lib/markdown.js';
import { Alert, Badge, Fact, Highlighted, Markdown, Text } from '../../views/components.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { Project } from './project.types.js';
import type { ProjectCouncilView } from './project-council.view-model.js';
import { CouncilDecision, CouncilFacts } from './project-council.views.js';
import { PlainLanguageSwitch } from './project-plain.views.js';
import type { RegisterItem } from './projects.service.js';
import { ProjectPlaces } from './project-places.views.js';
import { mapScripts, mapStyles } from '../../views/map.js';
import { keptFor } from '../../views/kept-html.js';
import { RegionalTextSwitch } from '../../views/regional-text.js';
import type { RegionalLanguage } from '../../lib/localized.js';

export function StatusBadge({ ctx, status }: { ctx: PageContext; status: Project['status'] }) {
  const kind =
    status === 'completed' || status === 'in_operation' ? 'success' : status === 'cancelled' || status === 'on_hold' ? 'warning' : 'info';
  return <Badge kind={kind}>{ctx.t(`status.${status}`)}</Badge>;
}

/** A card's parts that do not depend on the search, per Vorhaben and language (most of a register page). */
const keptOfProject = keptFor<Project>();

export function ProjectCard({ ctx, item, headingLevel = 3 }: { ctx: PageContext; item: RegisterItem; headingLevel?: 2 | 3 }) {
  const { project: p } = item;
  const H = `h${headingLevel}` as 'h2' | 'h3';
  // A search headline is cut from the German description; otherwise the teaser is in the page's language if it can be.
  const described = pick(p.description, ctx.locale);
  const teaser = item.descriptionHeadline ?? (described ? plainTeaser(described.text) : null);
  const teaserLang = item.descriptionHeadline ? 'de' : described?.lang;
  return (
    <article class="kern-card lotse-card">
      <div class="kern-card__container">
        <header class="kern-card__header">
          <H class="kern-title">
            <a class="kern-link" href={localePath(ctx.locale, `/vorhaben/${p.slug}`)}>
              {item.titleHeadline ? (
                <span lang={ctx.locale === 'de' ? undefined : 'de'}>
                  <Highlighted text={item.titleHeadline} />
                </span>
              ) : (
                <Text ctx={ctx} value={p.title} />
              )}
            </a>
          </H>
          {keptOfProject(p, 'meta', () => (
            <p class="kern-preline lotse-card__meta">{p.municipalities.map((m) => m.name).join(' · ')}</p>
          ))}
        </header>
        <div class="kern-card__body">
          {teaser && (
            <p class="kern-body" lang={teaserLang === ctx.locale ? undefined : teaserLang}>
              <Highlighted text={teaser} />
            </p>
          )}
          {keptOfProject(p, `badges:${ctx.locale}`, () => (
            <p class="lotse-card__badges">
              <StatusBadge ctx={ctx} status={p.status} />
              {p.participation.formal && <Badge kind="success">{ctx.t('participation.formal')}</Badge>}
              {p.participation.informal && <Badge kind="success">{ctx.t('participation.informal')}</Badge>}
              <span class="kern-body kern-body--small">{ctx.t('project.addedOnShort', { date: formatDate(p.addedOn, ctx.locale) })}</span>
            </p>
          ))}
        </div>
      </div>
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: preact.ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="lotse-section">
      <h2 id={id} class="kern-heading-medium">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Equal but for white space (Intl puts a no-break space before "€"). */
const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');

function MarkdownText({ ctx, value }: { ctx: PageContext; value: LocalizedText | null }) {
  const picked = pick(value, ctx.locale);
  return picked ? <Markdown source={picked.text} lang={picked.lang === ctx.locale ? undefined : picked.lang} /> : null;
}

/**
 * `participation`: the residents' section (notices, requests), rendered by the participation module;
 * `measures`: the programme measures the Vorhaben belongs to, rendered by the finance module.
 */
export function ProjectPage({
  ctx,
  project: p,
  council,
  participation,
  measures,
  plainShown = false,
  regionalShown = null,
}: {
  ctx: PageContext;
  project: Project;
  /** Whether the summary in Leichte Sprache is shown (the switch at the top was followed). */
  plainShown?: boolean;
  /** The North Frisian or Low German text asked for with `?text=`. */
  regionalShown?: RegionalLanguage | null;
  /** The decisions (by date) with their papers and deliberations, the next and first deliberation. */
  council: ProjectCouncilView;
  participation?: ComponentChildren;
  measures?: ComponentChildren;
}) {
  const { t, locale } = ctx;
  const title = pick(p.title, locale)!;
  const costs =
    p.costs.amountCents !== null
      ? p.costs.approximate
        ? t('project.costs.approximate', { amount: formatEuro(p.costs.amountCents, locale) })
        : formatEuro(p.costs.amountCents, locale)
      : null;
  const hasMap = p.places.length > 0;
  return (
    <Layout ctx={ctx} title={title.text} current="register" scripts={hasMap ? mapScripts : []} styles={hasMap ? mapStyles : []}>
      <p>
        <a class="kern-link" href={localePath(locale, '/vorhaben')}>
          <span class="kern-icon kern-icon--arrow-back" aria-hidden="true" /> {t('project.backToRegister')}
        </a>
      </p>
      <h1 class="kern-heading-large" lang={title.lang === locale ? undefined : title.lang}>
        {title.text}
      </h1>
      {p.publicationState === 'archived' && <Alert kind="warning" title={t('project.archived')} />}
      <p class="lotse-card__badges">
        <StatusBadge ctx={ctx} status={p.status} />
        {p.topics.map((topic) => (
          <Badge>
            <Text ctx={ctx} value={topic.name} />
          </Badge>
        ))}
      </p>
      <PlainLanguageSwitch ctx={ctx} slug={p.slug} summary={p.summaryPlain} shown={plainShown} />
      <RegionalTextSwitch
        ctx={ctx}
        page={localePath(locale, `/vorhaben/${encodeURIComponent(p.slug)}`)}
        texts={{ title: p.title, description: p.description }}
        shown={regionalShown}
      />

      <Section id="facts" title={t('project.facts')}>
        <dl class="kern-description-list">
          <Fact label={t('project.municipalities')}>{p.municipalities.map((m) => m.name).join(', ') || '–'}</Fact>
          {p.statusText && (
            <Fact label={t('project.status')}>
              <Text ctx={ctx} value={p.statusText} />
            </Fact>
          )}
          <Fact label={t('project.costs')}>
            {costs ?? (p.costs.text ? <span lang="de">{p.costs.text}</span> : t('project.costs.none'))}
            {costs && p.costs.text && !sameText(p.costs.text, costs) && (
              <>
                <br />
                <span class="kern-body--small" lang="de">
                  {p.costs.text}
                </span>
              </>
            )}
          </Fact>
          <Fact label={t('project.participation.formal')}>
            {t(p.participation.formal ? 'project.participation.yes' : 'project.participation.no')}
          </Fact>
          <Fact label={t('project.participation.informal')}>
            {t(p.participation.informal ? 'project.participation.yes' : 'project.participation.no')}
          </Fact>
          {(p.startDate || p.endDate) && (
            <Fact label={t('project.period')}>{[p.startDate, p.endDate].map((d) => (d ? formatDate(d, locale) : '…')).join(' – ')}</Fact>
          )}
          {p.expectedDuration && (
            <Fact label={t('project.expectedDuration')}>
              <Text ctx={ctx} value={p.expectedDuration} />
            </Fact>
          )}
          <CouncilFacts ctx={ctx} council={council} />
          <Fact label={t('project.addedOn')}>{formatDate(p.addedOn, locale)}</Fact>
          <Fact label={t('project.version')}>{String(p.version)}</Fact>
          <Fact label={t('project.updatedAt')}>{formatDateTime(p.updatedAt, locale)}</Fact>
        </dl>
      </Section>

      {p.description && (
        <Section id="description" title={t('project.description')}>
          <MarkdownText ctx={ctx} value={p.description} />
        </Section>
      )}
      {p.goals && (
        <Section id="goals" title={t('project.goals')}>
          <MarkdownText ctx={ctx} value={p.goals} />
        </Section>
      )}
      {p.nextSteps && (
        <Section id="next-steps" title={t('project.nextSteps')}>
          <MarkdownText ctx={ctx} value={p.nextSteps} />
        </Section>
      )}

      <Section id="decisions" title={t('project.decisions')}>
        {p.decisions.length === 0 ? (
          <p class="kern-body">{t('project.decisions.none')}</p>
        ) : (
          <ol class="lotse-timeline">
            {council.decisions.map((view) => (
              <CouncilDecision ctx={ctx} view={view} />
            ))}
          </ol>
        )}
        {p.decisionsText && (
          <p class="kern-body kern-body--small">
            {t('project.decisions.raw')}: <span lang="de">{p.decisionsText}</span>
          </p>
        )}
      </Section>

      <Section id="participation" title={t('project.participation')}>
        <p class="lotse-card__badges">
          {p.participation.formal && <Badge kind="success">{t('participation.formal')}</Badge>}
          {p.participation.informal && <Badge kind="success">{t('participation.informal')}</Badge>}
          {!p.participation.formal && !p.participation.informal && <Badge>{t('participation.none')}</Badge>}
        </p>
        <MarkdownText ctx={ctx} value={p.participation.text} />
        {p.publicationState === 'published' && (
          <p class="kern-body">
            <a class="kern-link" href={`${localePath(locale, '/folgen')}?vorhaben=${encodeURIComponent(p.slug)}`}>
              {t('notifications.follow.projectLink')}
            </a>
          </p>
        )}
      </Section>

      {(p.places.length > 0 || p.localities.length > 0 || p.location?.address) && (
        <Section id="location" title={t('project.location')}>
          <ProjectPlaces ctx={ctx} project={p} />
        </Section>
      )}

      {(p.contact || p.links.length > 0 || p.furtherInfo) && (
        <Section id="more" title={t('project.furtherInfo')}>
          {p.contact && (
            <>
              <h3 class="kern-heading-small">{t('project.contact')}</h3>
              <p class="kern-body lotse-preline" lang="de">
                {p.contact}
              </p>
            </>
          )}
          {p.links.length > 0 && (
            <>
              <h3 class="kern-heading-small">{t('project.links')}</h3>
              <ul class="kern-list">
                {p.links.map((l) => (
                  <li>
                    {/^(https?:|mailto:)/i.test(l.url) ? (
                      <a class="kern-link" href={l.url}>
                        {l.label ?? l.url}
                      </a>
                    ) : (
                      (l.label ?? l.url)
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <MarkdownText ctx={ctx} value={p.furtherInfo} />
        </Section>
      )}

      {measures}
      {participation}

      <Section id="changelog" title={t('project.changelog')}>
        {p.changes.length === 0 ? (
          <p class="kern-body">{t('project.changelog.none')}</p>
        ) : (
          <ol class="lotse-timeline" reversed>
            {p.changes.map((c) => (
              <li class="lotse-timeline__item">
                <p class="kern-preline">
                  {t('project.changelog.version', { version: c.version })} ·{' '}
                  <time datetime={c.changedAt.toISOString()}>{formatDateTime(c.changedAt, locale)}</time>
                </p>
                <p class="kern-body">
                  <Text ctx={ctx} value={c.note} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </Section>
      <p class="kern-body kern-body--small">
        <a class="kern-link" href={`/api/v1/projects/${p.slug}?lang=${locale}`}>
          {t('project.json')}
        </a>
      </p>
    </Layout>
  );
}
