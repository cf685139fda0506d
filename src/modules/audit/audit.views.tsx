// The audit log for platform admins: every change with who, when, what, and the state before and after.
import { formatDateTime } from '../../lib/format.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { Pagination } from '../../views/components.js';
import { SelectField, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';

export interface AuditFilters {
  q?: string | undefined;
  entityType?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

interface AuditRow {
  id: string;
  at: Date;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
  before: unknown;
  after: unknown;
}

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

export function AuditPage({
  ctx,
  nav,
  filters,
  result,
}: BackOfficePage & {
  filters: AuditFilters;
  result: { total: number; page: number; pages: number; entityTypes: string[]; rows: AuditRow[] };
}) {
  const { t, locale } = ctx;
  const base = localePath(locale, '/verwaltung/protokoll');
  const pageLink = (page: number) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries({
      q: filters.q,
      typ: filters.entityType,
      person: filters.actor,
      von: filters.from,
      bis: filters.to,
    }))
      if (v) sp.set(k, v);
    sp.set('seite', String(page));
    return `${base}?${sp}`;
  };
  return (
    <BackOfficeLayout ctx={ctx} title={t('audit.title')} nav={nav} current="audit">
      <h1 class="kern-heading-large">{t('audit.title')}</h1>
      <p class="kern-body">{t('audit.intro')}</p>
      <form method="get" action={base} role="search" class="lotse-filters">
        <div class="lotse-filters__grid">
          <TextField id="q" type="search" label={t('audit.search')} value={filters.q ?? ''} />
          <TextField id="person" label={t('audit.actor')} value={filters.actor ?? ''} />
          <SelectField
            id="typ"
            label={t('audit.entityType')}
            value={filters.entityType ?? ''}
            options={[{ value: '', label: t('register.filter.any') }, ...result.entityTypes.map((e) => ({ value: e, label: e }))]}
          />
          <TextField id="von" type="date" label={t('audit.from')} value={filters.from ?? ''} />
          <TextField id="bis" type="date" label={t('audit.to')} value={filters.to ?? ''} />
        </div>
        <div class="lotse-filters__actions">
          <SubmitButton kind="secondary" label={t('register.submit')} />
        </div>
      </form>
      <p class="kern-body" role="status">
        {t('audit.count', { count: result.total })}
      </p>
      {result.rows.length > 0 && (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--small">
            <caption class="kern-title">{t('audit.caption')}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th class="kern-table__cell" scope="col">
                  {t('audit.when')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('audit.actor')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('audit.action')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('audit.entity')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('audit.what')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {result.rows.map((r) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">{formatDateTime(new Date(r.at), locale)}</td>
                  <td class="kern-table__cell">{r.actor_label === 'cli' ? t('audit.cli') : r.actor_label}</td>
                  <td class="kern-table__cell">
                    <code>{r.action}</code>
                  </td>
                  <td class="kern-table__cell">
                    {r.entity_type}: {r.entity_id}
                  </td>
                  <td class="kern-table__cell">
                    <span lang="de">{r.summary}</span>
                    {(r.before !== null || r.after !== null) && (
                      <details class="kern-accordion">
                        <summary class="kern-accordion__header">
                          <span class="kern-title">{t('audit.details')}</span>
                        </summary>
                        <div class="kern-accordion__body">
                          {r.before !== null && (
                            <>
                              <p class="kern-body kern-body--small">{t('audit.before')}</p>
                              <pre class="lotse-pre">{pretty(r.before)}</pre>
                            </>
                          )}
                          {r.after !== null && (
                            <>
                              <p class="kern-body kern-body--small">{t('audit.after')}</p>
                              <pre class="lotse-pre">{pretty(r.after)}</pre>
                            </>
                          )}
                        </div>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination ctx={ctx} page={result.page} pages={result.pages} href={pageLink} />
    </BackOfficeLayout>
  );
}
