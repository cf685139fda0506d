// The side-by-side comparison of two states of a Vorhaben (published versions or the working copy),
// field by field, with what was removed and what was added.
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { SelectField, SubmitButton } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import { DataTable, RowTh, Td, Th, Tr } from '../../views/table.js';
import type { DiffRow } from './diff.js';

interface DiffPageProps extends BackOfficePage {
  title: string;
  slug: string;
  from: string;
  to: string;
  options: { value: string; label: string }[];
  rows: DiffRow[];
  unchanged: number;
}

export function DiffPage({ ctx, nav, title, slug, from, to, options, rows, unchanged }: DiffPageProps) {
  const { t, locale } = ctx;
  const base = localePath(locale, `/verwaltung/vorhaben/${slug}`);
  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  return (
    <BackOfficeLayout ctx={ctx} title={t('diff.title')} nav={nav} current="editorial">
      <p>
        <a class="kern-link" href={base}>
          {t('diff.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('diff.title')}</h1>
      <p class="kern-body kern-body--large" lang="de">
        {title}
      </p>
      <form method="get" action={`${base}/vergleich`} class="lotse-filters">
        <div class="lotse-filters__grid">
          <SelectField id="von" label={t('diff.from')} value={from} options={options} />
          <SelectField id="bis" label={t('diff.to')} value={to} options={options} />
        </div>
        <div class="lotse-filters__actions">
          <SubmitButton kind="secondary" label={t('diff.compare')} />
        </div>
      </form>
      <p class="kern-body" role="status">
        {t('diff.summary', { count: rows.length, unchanged })}
      </p>
      {rows.length > 0 && (
        // The marks of removed and added text hang on this wrapper: DataTable takes no class.
        <div class="lotse-diff">
          <DataTable
            caption={t('diff.caption', { from: labelOf(from), to: labelOf(to) })}
            head={
              <>
                <Th>{t('diff.field')}</Th>
                <Th>{labelOf(from)}</Th>
                <Th>{labelOf(to)}</Th>
              </>
            }
          >
            {rows.map((r) => (
              <Tr>
                <RowTh>{r.label}</RowTh>
                <Td>{r.before ? <del>{r.before}</del> : <em>{t('diff.empty')}</em>}</Td>
                <Td>{r.after ? <ins>{r.after}</ins> : <em>{t('diff.empty')}</em>}</Td>
              </Tr>
            ))}
          </DataTable>
        </div>
      )}
    </BackOfficeLayout>
  );
}
