// The back office's work list of Vorhaben: counts per work state, search and municipality filter, and
// the table of Vorhaben with their state, version and last change.
import { formatDateTime } from '../../lib/format.js';
import { Badge, Pagination } from '../../views/components.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { SelectField, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import type { WorkListView, WorkState } from './editorial.service.js';
import { workStates } from './editorial.types.js';

const stateKind: Record<WorkState, 'info' | 'success' | 'warning' | 'danger'> = {
  draft: 'info',
  review: 'warning',
  changes: 'warning',
  published: 'success',
  archived: 'danger',
};

export function WorkStateBadge({ ctx, state }: { ctx: PageContext; state: WorkState }) {
  return <Badge kind={stateKind[state]}>{ctx.t(`workState.${state}`)}</Badge>;
}

interface WorkListProps extends BackOfficePage {
  query: { q?: string | undefined; state?: WorkState | undefined; municipality?: string | undefined };
  municipalities: { slug: string; name: string }[];
  list: WorkListView;
  /** Published items lacking a Danish or English text that the person may edit; null: not their page. */
  untranslated: number | null;
  mayCreate: boolean;
}

export function WorkListPage({ ctx, nav, query, municipalities, list, untranslated, mayCreate }: WorkListProps) {
  const { t, locale } = ctx;
  const base = localePath(locale, '/verwaltung');
  const link = (params: Record<string, string | undefined>) => {
    const sp = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
    const qs = sp.toString();
    return qs ? `${base}?${qs}` : base;
  };
  return (
    <BackOfficeLayout ctx={ctx} title={t('editorial.list.title')} nav={nav} current="editorial">
      <h1 class="kern-heading-large">{t('editorial.list.title')}</h1>
      <p class="kern-body">{t('editorial.list.intro')}</p>
      {untranslated !== null && untranslated > 0 && (
        <p class="kern-body">
          <a class="kern-link" href={localePath(locale, '/verwaltung/uebersetzungen')}>
            {t('coverage.dashboard', { count: untranslated })}
          </a>
        </p>
      )}
      {mayCreate && (
        <p>
          <a class="kern-btn kern-btn--primary" href={`${base}/vorhaben/neu`}>
            <span class="kern-label">{t('editorial.create')}</span>
          </a>
        </p>
      )}
      <nav aria-label={t('editorial.list.states')}>
        <ul class="kern-list kern-list--horizontal lotse-actions">
          <li>
            <a
              class="kern-link"
              href={link({ q: query.q, municipality: query.municipality })}
              aria-current={!query.state ? 'page' : undefined}
            >
              {t('editorial.list.all')}
            </a>
          </li>
          {workStates.map((s) => (
            <li>
              <a
                class="kern-link"
                href={link({ q: query.q, municipality: query.municipality, zustand: s })}
                aria-current={query.state === s ? 'page' : undefined}
              >
                {t(`workState.${s}`)} ({list.counts[s]})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={base} role="search" class="lotse-filters">
        <div class="lotse-filters__grid">
          <TextField id="q" label={t('editorial.list.search')} value={query.q ?? ''} type="search" />
          <SelectField
            id="kommune"
            label={t('register.filter.municipality')}
            value={query.municipality ?? ''}
            options={[{ value: '', label: t('register.filter.any') }, ...municipalities.map((m) => ({ value: m.slug, label: m.name }))]}
          />
        </div>
        {query.state && <input type="hidden" name="zustand" value={query.state} />}
        <div class="lotse-filters__actions">
          <SubmitButton label={t('register.submit')} kind="secondary" />
        </div>
      </form>
      <p class="kern-body" role="status">
        {t('editorial.list.count', { count: list.total })}
      </p>
      {list.rows.length > 0 && (
        <DataTable
          caption={t('editorial.list.caption')}
          striped
          head={
            <>
              <Th>{t('field.title')}</Th>
              <Th>{t('field.municipalities')}</Th>
              <Th>{t('editorial.state')}</Th>
              <Th numeric>{t('editorial.version')}</Th>
              <Th>{t('editorial.lastChange')}</Th>
            </>
          }
        >
          {list.rows.map((r) => (
            <Tr>
              <Td>
                <a class="kern-link" href={`${base}/vorhaben/${r.slug}`} lang="de">
                  {r.title.de}
                </a>
              </Td>
              <Td>{r.municipalityNames}</Td>
              <Td>
                <WorkStateBadge ctx={ctx} state={r.workState} />
              </Td>
              <Td numeric>{r.version}</Td>
              <Td>{formatDateTime(r.lastChangedAt, locale)}</Td>
            </Tr>
          ))}
        </DataTable>
      )}
      <Pagination
        ctx={ctx}
        page={list.page}
        pages={list.pages}
        href={(p) => link({ q: query.q, municipality: query.municipality, zustand: query.state, seite: String(p) })}
      />
    </BackOfficeLayout>
  );
}
