// The pages that review a consultation: two versions side by side with their changes, and the table of
// every comment with its weighing (the "Abwägungstabelle", also as CSV and PDF).
import { SelectField, SubmitButton } from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { type PageContext } from '../../views/page-context.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import { publicConsultationPath } from './consultation-paths.js';
import { type ConsultationView, publishedVersions } from './consultation.types.js';
import type { WeighingSummary } from './consultations.read.js';
import { CitedComments, Header, TableLinks } from './consultations.views.js';
import type { SectionDiff } from './version-diff.js';
import type { WeighingRow } from './weighing-table.js';

function Parts({ parts }: { parts: SectionDiff['after'] }) {
  if (!parts) return null;
  return (
    <>
      <strong>{parts.heading}</strong>
      {'\n'}
      {parts.parts.map((p) => (p.kind === 'removed' ? <del>{p.text}</del> : p.kind === 'added' ? <ins>{p.text}</ins> : p.text))}
    </>
  );
}

export function ComparePage({
  ctx,
  consultation: c,
  from,
  to,
  rows,
}: {
  ctx: PageContext;
  consultation: ConsultationView;
  from: number;
  to: number;
  rows: SectionDiff[];
}) {
  const { t } = ctx;
  const options = publishedVersions(c).map((v) => ({ value: String(v.number), label: t('consultations.version', { number: v.number }) }));
  const changed = rows.filter((r) => r.status !== 'same');
  return (
    <Layout ctx={ctx} title={t('consultations.compare.title', { from, to })} current="participation">
      <Header ctx={ctx} c={c} />
      <h2 class="kern-heading-medium">{t('consultations.compare.title', { from, to })}</h2>
      <form method="get" action={publicConsultationPath(ctx, c.slug, '/vergleich')} class="lotse-filters">
        <div class="lotse-filters__grid">
          <SelectField id="von" label={t('consultations.compare.from')} value={String(from)} options={options} />
          <SelectField id="bis" label={t('consultations.compare.to')} value={String(to)} options={options} />
        </div>
        <div class="lotse-filters__actions">
          <SubmitButton kind="secondary" label={t('consultations.compare.submit')} />
        </div>
      </form>
      <p class="kern-body" role="status">
        {t('consultations.compare.summary', { count: changed.length, unchanged: rows.length - changed.length })}
      </p>
      <p class="kern-body">{t('consultations.compare.legend')}</p>
      {changed.length > 0 && (
        <div class="lotse-diff">
          <DataTable
            caption={t('consultations.compare.caption', { from, to })}
            head={
              <>
                <Th>{t('consultations.version', { number: from })}</Th>
                <Th>{t('consultations.version', { number: to })}</Th>
                <Th>{t('consultations.compare.note')}</Th>
              </>
            }
          >
            {changed.map((r) => (
              <Tr>
                <Td>
                  <span lang="de">{r.before ? <Parts parts={r.before} /> : t('consultations.compare.new')}</span>
                </Td>
                <Td>
                  <span lang="de">{r.after ? <Parts parts={r.after} /> : t('consultations.compare.gone')}</span>
                </Td>
                <Td>
                  {r.changeNote && <span lang="de">{r.changeNote}</span>}
                  <CitedComments ctx={ctx} c={c} ids={r.cited} />
                </Td>
              </Tr>
            ))}
          </DataTable>
        </div>
      )}
    </Layout>
  );
}

export function WeighingTablePage({
  ctx,
  consultation: c,
  rows,
  summary,
}: {
  ctx: PageContext;
  consultation: ConsultationView;
  rows: WeighingRow[];
  summary: WeighingSummary;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={`${t('consultations.table.title')}: ${c.title.de}`} current="participation">
      <Header ctx={ctx} c={c} />
      <h2 class="kern-heading-medium">{t('consultations.table.title')}</h2>
      <p class="kern-body">{t('consultations.weighing.summary', { ...summary, count: summary.comments })}</p>
      <TableLinks ctx={ctx} c={c} page={false} />
      {rows.length === 0 ? (
        <p class="kern-body">{t('consultations.table.none')}</p>
      ) : (
        <DataTable
          caption={t('consultations.table.caption')}
          head={
            <>
              <Th numeric>{t('consultations.table.number')}</Th>
              <Th>{t('consultations.table.section')}</Th>
              <Th>{t('consultations.table.comment')}</Th>
              <Th>{t('consultations.table.outcome')}</Th>
              <Th>{t('consultations.table.reason')}</Th>
              <Th>{t('consultations.table.answer')}</Th>
              <Th>{t('consultations.table.citedIn')}</Th>
            </>
          }
        >
          {rows.map((r) => (
            <Tr id={`kommentar-${r.number}`}>
              <Td numeric>{String(r.number)}</Td>
              <Td>
                <span lang="de">{r.section}</span> ({t('consultations.version', { number: r.version })})
              </Td>
              <Td>
                {r.quote && (
                  <>
                    <q lang="de">{r.quote}</q>{' '}
                  </>
                )}
                {r.comment}
              </Td>
              <Td>{r.outcome}</Td>
              <Td>
                <span lang="de">{r.reason}</span>
              </Td>
              <Td>
                <span lang="de">{r.answer}</span>
              </Td>
              <Td>{r.citedIn}</Td>
            </Tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

/** The consultations of a Vorhaben, on its page. */
