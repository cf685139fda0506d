// Public pages of the Vorhabenliste's editions: the list of every edition, and one edition with its
// decision, downloads, differences to the edition before (with the reasons) and all its Vorhaben.
import { formatDate, formatDateTime } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Fact, Text } from '../../views/components.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, RowTh, Td, Th, Tr } from '../../views/table.js';
import type { Project } from '../projects/index.js';
import { changedFieldLabels } from './edition-fields.js';
import type { EditionChange } from './edition-diff.js';
import type { EditionDetail, EditionSummary } from './edition.types.js';

const editionPath = (ctx: PageContext, number: number) => localePath(ctx.locale, `/vorhabenliste/fortschreibungen/${number}`);

export function EditionsTable({ ctx, editions, caption }: { ctx: PageContext; editions: EditionSummary[]; caption: string }) {
  const { t, locale } = ctx;
  return (
    <DataTable
      caption={caption}
      head={
        <>
          <Th>{t('editions.number')}</Th>
          <Th>{t('editions.date')}</Th>
          <Th>{t('editions.decision')}</Th>
          <Th numeric>{t('editions.entries')}</Th>
          <Th>{t('editions.changesColumn')}</Th>
        </>
      }
    >
      {editions.map((e) => (
        <Tr>
          <RowTh>
            <a class="kern-link" href={editionPath(ctx, e.number)} aria-label={t('editions.title.one', { number: e.number })}>
              {String(e.number)}
            </a>
          </RowTh>
          <Td>{formatDate(e.date, locale)}</Td>
          <Td>{e.decision.reference}</Td>
          <Td numeric>{e.entryCount}</Td>
          <Td>{`${e.counts.new} / ${e.counts.changed} / ${e.counts.gone}`}</Td>
        </Tr>
      ))}
    </DataTable>
  );
}

export function EditionsPage({ ctx, editions }: { ctx: PageContext; editions: EditionSummary[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('editions.title')} current="register">
      <h1 class="kern-heading-large">{t('editions.title')}</h1>
      <p class="kern-body kern-body--large">{t('editions.intro')}</p>
      {editions.length === 0 ? (
        <p class="kern-body">{t('editions.none')}</p>
      ) : (
        <EditionsTable ctx={ctx} editions={editions} caption={t('editions.caption')} />
      )}
    </Layout>
  );
}

function ChangeList({ ctx, changes, kind }: { ctx: PageContext; changes: EditionChange[]; kind: EditionChange['kind'] }) {
  const { t, locale } = ctx;
  const list = changes.filter((c) => c.kind === kind);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby={`changes-${kind}`} class="lotse-section">
      <h3 id={`changes-${kind}`} class="kern-heading-small">
        {t(`editions.kind.${kind}`, { count: list.length })}
      </h3>
      <ul class="kern-list">
        {list.map((c) => (
          <li>
            {kind === 'gone' ? (
              <Text ctx={ctx} value={c.title} />
            ) : (
              <a class="kern-link" href={localePath(locale, `/vorhaben/${c.slug}`)}>
                <Text ctx={ctx} value={c.title} />
              </a>
            )}
            {c.fields.length > 0 && (
              <p class="kern-body kern-body--small">
                {t('editions.fields')}: {changedFieldLabels(c.fields, locale).join(', ')}
              </p>
            )}
            {kind !== 'new' && (
              <p class="kern-body kern-body--small">
                {t('editions.reasons')}:{' '}
                {c.notes.length === 0
                  ? t('editions.noReason')
                  : c.notes.map((n, i) => (
                      <>
                        {i > 0 && ' · '}
                        {t('editions.version', { version: n.version })}: <Text ctx={ctx} value={n.note} />
                      </>
                    ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EditionPage({ ctx, edition: e, projects }: { ctx: PageContext; edition: EditionDetail; projects: Project[] }) {
  const { t, locale } = ctx;
  const title = t('editions.title.one', { number: e.number });
  const base = editionPath(ctx, e.number);
  return (
    <Layout ctx={ctx} title={title} current="register">
      <h1 class="kern-heading-large">{title}</h1>
      <dl class="kern-description-list">
        <Fact label={t('editions.date')}>{formatDate(e.date, locale)}</Fact>
        <Fact label={t('editions.decision')}>
          {e.decision.url ? (
            <a class="kern-link" href={e.decision.url} rel="noopener">
              {e.decision.reference}
            </a>
          ) : (
            e.decision.reference
          )}
          {e.decision.projectSlug && (
            <>
              {' '}
              (
              <a class="kern-link" href={localePath(locale, `/vorhaben/${e.decision.projectSlug}`)}>
                {t('editions.decisionOf')}
              </a>
              )
            </>
          )}
        </Fact>
        <Fact label={t('editions.entries')}>{String(e.entryCount)}</Fact>
        <Fact label={t('editions.publishedAt')}>{formatDateTime(e.publishedAt, locale)}</Fact>
      </dl>
      <h2 class="kern-heading-medium">{t('editions.downloads')}</h2>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={`${base}/vorhabenliste.csv`} download>
            {t('editions.csv')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={`${base}/vorhabenliste.pdf`}>
            {t('editions.pdf')}
          </a>
        </li>
      </ul>
      <h2 class="kern-heading-medium">
        {e.previousNumber ? t('editions.changes.since', { number: e.previousNumber }) : t('editions.changes.first')}
      </h2>
      {e.changes.length === 0 && <p class="kern-body">{t('editions.changes.none')}</p>}
      <ChangeList ctx={ctx} changes={e.changes} kind="new" />
      <ChangeList ctx={ctx} changes={e.changes} kind="changed" />
      <ChangeList ctx={ctx} changes={e.changes} kind="gone" />
      <h2 class="kern-heading-medium" id="edition-list">
        {t('editions.list')}
      </h2>
      <DataTable
        caption={t('editions.listCaption', { number: e.number })}
        head={
          <>
            <Th>{t('editions.project')}</Th>
            <Th>{t('editions.municipalities')}</Th>
            <Th>{t('editions.status')}</Th>
          </>
        }
      >
        {projects.map((p) => (
          <Tr>
            <RowTh>
              <span lang={pick(p.title, locale)?.lang === locale ? undefined : 'de'}>{pick(p.title, locale)?.text}</span>
            </RowTh>
            <Td>{p.municipalities.map((m) => m.name).join(', ')}</Td>
            <Td>{t(`status.${p.status}`)}</Td>
          </Tr>
        ))}
      </DataTable>
      <p class="kern-body">
        {e.previousNumber && (
          <>
            <a class="kern-link" href={editionPath(ctx, e.previousNumber)}>
              {t('editions.previous', { number: e.previousNumber })}
            </a>
            {' · '}
          </>
        )}
        <a class="kern-link" href={localePath(locale, '/vorhabenliste/fortschreibungen')}>
          {t('editions.all')}
        </a>
      </p>
    </Layout>
  );
}
