// The audit log for platform admins: every change with who, when, what, and the state before and after.
import { formatDateTime } from '../../lib/format.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { Pagination } from '../../views/components.js';
import { SelectField, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import type { AuditSearchView } from './audit.service.js';

export interface AuditFilters {
  q?: string | undefined;
  entityType?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

export function AuditPage({
  ctx,
  nav,
  filters,
  result,
}: BackOfficePage & {
  filters: AuditFilters;
  result: AuditSearchView;
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
        <DataTable
          caption={t('audit.caption')}
          small
          head={
            <>
              <Th>{t('audit.when')}</Th>
              <Th>{t('audit.actor')}</Th>
              <Th>{t('audit.action')}</Th>
              <Th>{t('audit.entity')}</Th>
              <Th>{t('audit.what')}</Th>
            </>
          }
        >
          {result.rows.map((r) => (
            <Tr>
              <Td>{formatDateTime(new Date(r.at), locale)}</Td>
              <Td>{r.actorLabel === 'cli' ? t('audit.cli') : r.actorLabel}</Td>
              <Td>
                <code>{r.action}</code>
              </Td>
              <Td>
                {r.entityType}: {r.entityId}
              </Td>
              <Td>
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
              </Td>
            </Tr>
          ))}
        </DataTable>
      )}
      <Pagination ctx={ctx} page={result.page} pages={result.pages} href={pageLink} />
    </BackOfficeLayout>
  );
}
