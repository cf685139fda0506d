// The register's page: search and filters, the results as a list or on a map ("Liste | Karte").
import type { MessageKey } from '../../i18n/index.js';
import { Alert } from '../../views/components.js';
import { Layout } from '../../views/layout.js';
import { MapFrame, mapScripts, mapStyles } from '../../views/map.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { projectStatuses } from './parsers/status.js';
import { type FilterOptions, participationFilters, type ProjectFilters } from './project.types.js';
import { FollowPlace } from './place-filter.views.js';
import type { RegisterView } from './projects.schemas.js';
import { REGISTER_PAGE_SIZE, type RegisterResult } from './projects.service.js';
import { ProjectCard } from './projects.views.js';
import { RegisterAlertForm } from './register-alert.views.js';
import { Corrections, filtersToQuery, RegisterFilters, RegisterPagination, ViewSwitch } from './register-filters.views.js';

const filterLabel = {
  q: 'register.search.label',
  municipality: 'register.filter.municipality',
  topic: 'register.filter.topic',
  status: 'register.filter.status',
  participation: 'register.filter.participation',
  plainLanguage: 'register.filter.plainLanguage',
  place: 'register.filter.place',
  view: 'register.view.label',
  page: 'register.filter.page',
} satisfies Record<string, MessageKey>;

export interface RegisterPageProps {
  ctx: PageContext;
  filters: ProjectFilters;
  view: RegisterView;
  options: FilterOptions;
  result: RegisterResult;
  ignored: string[];
}

export function RegisterPage({ ctx, filters, view, options, result, ignored }: RegisterPageProps) {
  const { t, locale } = ctx;
  const map = view === 'map';
  const query = filtersToQuery(filters);
  const atom = {
    href: `${localePath(locale, '/vorhaben/feed.atom')}${query}`,
    label: t(query ? 'feeds.subscribeFiltered' : 'feeds.subscribe'),
  };
  return (
    <Layout
      ctx={ctx}
      title={map ? t('register.map.title') : t('register.title')}
      current="register"
      scripts={['/assets/register-suggest.js', ...(map ? mapScripts : [])]}
      styles={map ? mapStyles : []}
      feeds={[{ href: atom.href, title: t('feeds.projects.title') }]}
    >
      <h1 class="kern-heading-large">{t('register.title')}</h1>
      <p class="kern-body kern-body--large">{t('register.intro')}</p>
      {ignored.length > 0 && (
        <Alert
          kind="warning"
          title={t('register.invalidFilter', {
            field: ignored.map((f) => (f in filterLabel ? t(filterLabel[f as keyof typeof filterLabel]) : f)).join(', '),
          })}
        />
      )}
      <RegisterFilters
        ctx={ctx}
        filters={filters}
        options={options}
        statuses={projectStatuses}
        participations={participationFilters}
        facets={result.facets}
        view={view}
      />
      {result.corrections.length > 0 && <Corrections ctx={ctx} filters={filters} corrections={result.corrections} />}
      <section aria-labelledby="results-heading" class="lotse-results">
        <h2 id="results-heading" class="kern-heading-medium">
          {t('register.results.count', { count: result.total })}
        </h2>
        <p class="kern-body">
          <a class="kern-link" href={atom.href} type="application/atom+xml">
            {atom.label}
          </a>
        </p>
        <ViewSwitch ctx={ctx} filters={filters} view={view} />
        <FollowPlace ctx={ctx} place={filters.place} options={options} />
        {map ? (
          <RegisterMap ctx={ctx} filters={filters} />
        ) : result.items.length === 0 ? (
          <p class="kern-body">{t('register.results.none')}</p>
        ) : (
          <ol class="lotse-result-list" start={(result.page - 1) * REGISTER_PAGE_SIZE + 1}>
            {result.items.map((item) => (
              <li>
                <ProjectCard ctx={ctx} item={item} />
              </li>
            ))}
          </ol>
        )}
        {!map && <RegisterPagination ctx={ctx} page={result.page} pages={result.pages} filters={filters} />}
      </section>
      <RegisterAlertForm ctx={ctx} filters={filters} />
    </Layout>
  );
}

/** The current search on a map: every result with a place, clustered; the list is its text alternative. */
function RegisterMap({ ctx, filters }: { ctx: PageContext; filters: ProjectFilters }) {
  const { t, locale } = ctx;
  const query = filtersToQuery(filters);
  const source = `/api/v1/projects.geojson${query ? `${query}&` : '?'}lang=${locale}`;
  return (
    <MapFrame ctx={ctx} label={t('register.map.label')} source={source}>
      <a class="kern-link" href={localePath(locale, `/vorhaben${query}`)}>
        {t('register.map.listAlternative')}
      </a>
    </MapFrame>
  );
}
