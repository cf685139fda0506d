// The home page (the programme at a glance, newest Vorhaben) and the open-data page.
import { formatDate, formatEuro, formatNumber } from '../../lib/format.js';
import { Fact, Text } from '../../views/components.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import { ProjectCard } from '../projects/index.js';
import { CatalogueSection, DatasetsSection, ExamplesSection, FeedsSection } from './open-data-sections.views.js';
import type { HomeOverview } from './programme.service.js';

export function HomePage({ ctx, overview }: { ctx: PageContext; overview: HomeOverview }) {
  const { t, locale } = ctx;
  const { programme, municipalityNames, projectCount, newest } = overview;
  return (
    <Layout ctx={ctx} title={t('home.title')} current="home">
      <h1 class="kern-heading-x-large">{t('home.title')}</h1>
      <p class="kern-body kern-body--large">{t('home.intro')}</p>
      <form method="get" action={localePath(locale, '/vorhaben')} role="search" class="lotse-home-search">
        <div class="kern-form-input">
          <label class="kern-label" for="home-q">
            {t('home.search.label')}
          </label>
          <input class="kern-form-input__input" type="search" id="home-q" name="q" lang="de" />
        </div>
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-icon kern-icon--search" aria-hidden="true" />
          <span class="kern-label">{t('register.submit')}</span>
        </button>
      </form>

      {programme && (
        <section aria-labelledby="programme-heading" class="lotse-section">
          <h2 id="programme-heading" class="kern-heading-medium">
            {t('home.programme.heading')}
          </h2>
          <div class="kern-card lotse-programme">
            <div class="kern-card__container">
              <div class="kern-card__header">
                <h3 class="kern-title">
                  <Text ctx={ctx} value={programme.name} />
                </h3>
              </div>
              <div class="kern-card__body">
                {programme.summary && (
                  <p class="kern-body">
                    <Text ctx={ctx} value={programme.summary} />
                  </p>
                )}
                <dl class="kern-description-list">
                  {programme.federalFundingCents !== null && (
                    <Fact label={t('home.programme.funding')}>
                      {formatEuro(programme.federalFundingCents, locale)}
                      {programme.federalFundingSource && programme.federalFundingAsOf && (
                        <span class="kern-body--small">
                          {' '}
                          (
                          {t('home.programme.fundingSource', {
                            source: programme.federalFundingSource,
                            date: formatDate(programme.federalFundingAsOf, locale),
                          })}
                          )
                        </span>
                      )}
                    </Fact>
                  )}
                  {programme.startsOn && programme.endsOn && (
                    <Fact label={t('home.programme.period')}>
                      {formatDate(programme.startsOn, locale)} – {formatDate(programme.endsOn, locale)}
                    </Fact>
                  )}
                  <Fact label={t('home.programme.municipalities')}>{municipalityNames.join(', ')}</Fact>
                  {programme.agencyName && <Fact label={t('home.programme.agency')}>{programme.agencyName}</Fact>}
                  <Fact label={t('home.programme.projects')}>{formatNumber(projectCount, locale)}</Fact>
                </dl>
                <p class="kern-body">
                  <a class="kern-link" href={localePath(locale, '/programm')}>
                    {t('home.programme.more')}
                  </a>
                </p>
              </div>
            </div>
          </div>
        </section>
      )}

      <section aria-labelledby="newest-heading" class="lotse-section">
        <h2 id="newest-heading" class="kern-heading-medium">
          {t('home.newest.heading')}
        </h2>
        <ul class="lotse-result-list">
          {newest.map((project) => (
            <li>
              <ProjectCard ctx={ctx} item={{ project, titleHeadline: null, descriptionHeadline: null }} />
            </li>
          ))}
        </ul>
        <p>
          <a class="kern-btn kern-btn--secondary" href={localePath(locale, '/vorhaben')}>
            <span class="kern-label">{t('home.newest.all')}</span>
          </a>
        </p>
      </section>
    </Layout>
  );
}

export function OpenDataPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const license = ctx.dataLicense;
  const endpoints = [
    ['/api/v1/projects', t('opendata.projects')],
    ['/api/v1/projects?changed_since=2024-01-01', t('opendata.changedSince')],
    ['/api/v1/municipalities', t('opendata.municipalities')],
    ['/api/v1/projects.csv', t('opendata.csv')],
    ['/api/v1/dcat', t('opendata.dcatEndpoint')],
    ['/api/v1/openapi.json', t('opendata.openapi')],
  ] as const;
  return (
    <Layout ctx={ctx} title={t('opendata.title')} current="api">
      <h1 class="kern-heading-large">{t('opendata.title')}</h1>
      <p class="kern-body kern-body--large">{t('opendata.intro')}</p>
      <DataTable
        caption={t('opendata.endpoints')}
        head={
          <>
            <Th>{t('opendata.address')}</Th>
            <Th>{t('opendata.content')}</Th>
          </>
        }
      >
        {endpoints.map(([href, label]) => (
          <Tr>
            <Td>
              <a class="kern-link" href={href}>
                <code>{href}</code>
              </a>
            </Td>
            <Td>{label}</Td>
          </Tr>
        ))}
      </DataTable>
      <DatasetsSection ctx={ctx} />
      <CatalogueSection ctx={ctx} />
      <FeedsSection ctx={ctx} />
      <ExamplesSection ctx={ctx} />
      <h2 class="kern-heading-medium">{t('opendata.licenseTitle')}</h2>
      <p class="kern-body">
        {t('opendata.license')}{' '}
        <a class="kern-link" rel="license" href={license.textUrl}>
          {license.name[ctx.locale] ?? license.name.de}
        </a>{' '}
        (<code>{license.uri}</code>).
      </p>
      <p class="kern-body">
        {license.attribution ? t('opendata.attribution', { source: `${t('site.name')} (${ctx.baseUrl})` }) : t('opendata.noAttribution')}
      </p>
      <p class="kern-body">{t('opendata.licenseMachine')}</p>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href="/api/v1/projects.csv-metadata.json">
            <code>/api/v1/projects.csv-metadata.json</code>
          </a>{' '}
          – {t('opendata.csvMetadata')}
        </li>
      </ul>
    </Layout>
  );
}
