// The parts of the open-data page that list what can be reused: every dataset with its formats (from
// the open-data module's registry, so a new distribution appears here by itself), the DCAT-AP.de
// catalogue for data portals, the feeds, and examples to copy.
import { pick } from '../../lib/localized.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import { openDatasets } from '../opendata/index.js';

const formatName: Record<string, string> = {
  CSV: 'CSV',
  JSON: 'JSON',
  ICS: 'iCalendar',
  ATOM: 'Atom',
  GEOJSON: 'GeoJSON',
  PDF: 'PDF',
  RDF_TURTLE: 'Turtle',
  JSON_LD: 'JSON-LD',
  RDF_XML: 'RDF/XML',
};

export function DatasetsSection({ ctx }: { ctx: PageContext }) {
  const { t, locale } = ctx;
  return (
    <section aria-labelledby="datasets-heading">
      <h2 class="kern-heading-medium" id="datasets-heading">
        {t('opendata.datasets.title')}
      </h2>
      <DataTable
        caption={t('opendata.datasets.caption')}
        head={
          <>
            <Th>{t('opendata.datasets.dataset')}</Th>
            <Th>{t('opendata.datasets.formats')}</Th>
          </>
        }
      >
        {openDatasets.map((dataset) => {
          const title = pick(dataset.title, locale);
          return (
            <Tr>
              <Td>
                <a class="kern-link" href={localePath(locale, dataset.page)} lang={title?.lang === locale ? undefined : title?.lang}>
                  {title?.text}
                </a>
              </Td>
              <Td>
                <ul class="kern-list">
                  {dataset.distributions.map((d) => (
                    <li>
                      <a class="kern-link" href={d.path.replace('{lang}', locale)} type={d.mediaType}>
                        {formatName[d.fileType] ?? d.fileType}
                      </a>
                    </li>
                  ))}
                </ul>
              </Td>
            </Tr>
          );
        })}
      </DataTable>
    </section>
  );
}

export function CatalogueSection({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="catalogue-heading">
      <h2 class="kern-heading-medium" id="catalogue-heading">
        {t('opendata.dcat.title')}
      </h2>
      <p class="kern-body">{t('opendata.dcat.intro')}</p>
      <ul class="kern-list">
        {(
          [
            ['/api/v1/dcat.ttl', 'Turtle'],
            ['/api/v1/dcat.jsonld', 'JSON-LD'],
            ['/api/v1/dcat.rdf', 'RDF/XML'],
          ] as const
        ).map(([href, name]) => (
          <li>
            <a class="kern-link" href={href}>
              <code>{href}</code>
            </a>{' '}
            – {name}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FeedsSection({ ctx }: { ctx: PageContext }) {
  const { t, locale } = ctx;
  const feeds = [
    [localePath(locale, '/vorhaben/feed.atom'), t('feeds.projects.title')],
    [localePath(locale, '/vorhaben/feed.atom?municipality=nordfriesland&topic=mobilitaet'), t('opendata.feeds.filtered')],
    [localePath(locale, '/veranstaltungen/feed.atom'), t('feeds.events.title')],
    [localePath(locale, '/beteiligung/feed.atom'), t('feeds.processes.title')],
  ] as const;
  return (
    <section aria-labelledby="feeds-heading">
      <h2 class="kern-heading-medium" id="feeds-heading">
        {t('opendata.feeds.title')}
      </h2>
      <p class="kern-body">{t('opendata.feeds.intro')}</p>
      <ul class="kern-list">
        {feeds.map(([href, label]) => (
          <li>
            <a class="kern-link" href={href} type="application/atom+xml">
              <code>{href}</code>
            </a>{' '}
            – {label}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ExamplesSection({ ctx }: { ctx: PageContext }) {
  const { t, baseUrl, locale } = ctx;
  const lines = [
    `curl '${baseUrl}/api/v1/projects?municipality=nordfriesland&lang=${locale}'`,
    `curl -o vorhabenliste.csv '${baseUrl}/api/v1/projects.csv'`,
    `curl '${baseUrl}/api/v1/projects?changed_since=2026-01-01'`,
    `curl -H 'Accept: application/ld+json' '${baseUrl}/api/v1/dcat'`,
    `curl '${baseUrl}/${locale}/vorhaben/feed.atom?municipality=nordfriesland'`,
    `curl -o veranstaltungen.ics '${baseUrl}/api/v1/events.ics'`,
  ];
  return (
    <section aria-labelledby="examples-heading">
      <h2 class="kern-heading-medium" id="examples-heading">
        {t('opendata.examples.title')}
      </h2>
      <p class="kern-body">{t('opendata.examples.intro')}</p>
      <pre class="lotse-pre">
        <code>{lines.join('\n')}</code>
      </pre>
    </section>
  );
}
