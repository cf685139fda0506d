// Back-office pages of consultations: the list and a consultation's page: its details, versions, the draft
// with its sections' change notes and cited comments, every comment with the answer and weighing
// (consultation-weighing.views.tsx), the adoption by a council decision. A new consultation and the detail
// fields: consultation-fields.views.tsx.
import { locales } from '../../lib/localized.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { Alert, Badge } from '../../views/components.js';
import { CheckboxGroup, CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextAreaField } from '../../views/form-fields.js';
import type { PageContext } from '../../views/page-context.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import { publicConsultationPath, staffConsultationPath } from './consultation-paths.js';
import { type CommentRow, type ConsultationView, draftVersion, phaseOf, publishedVersions } from './consultation.types.js';
import { joinSections } from './markdown-sections.js';
import type { WeighingSummary } from './consultations.read.js';
import { LocalizedInputs, PeriodInputs, TextInputs } from './consultation-fields.views.js';
import { Weighing, type WeighForm } from './consultation-weighing.views.js';

export function PhaseBadge({ ctx, consultation }: { ctx: PageContext; consultation: ConsultationView }) {
  const phase = phaseOf(consultation);
  return <Badge kind={phase === 'open' ? 'success' : 'info'}>{ctx.t(`consultations.phase.${phase}`)}</Badge>;
}

export function ConsultationAdminListPage({ ctx, nav, consultations }: BackOfficePage & { consultations: ConsultationView[] }) {
  const { t } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('consultations.admin.title')} nav={nav} current="consultations">
      <h1 class="kern-heading-large">{t('consultations.admin.title')}</h1>
      <p class="kern-body">{t('consultations.admin.intro')}</p>
      <p>
        <a class="kern-btn kern-btn--primary" href={staffConsultationPath(ctx, undefined, '/neu')}>
          <span class="kern-label">{t('consultations.admin.new')}</span>
        </a>
      </p>
      {consultations.length === 0 ? (
        <p class="kern-body">{t('consultations.none')}</p>
      ) : (
        <DataTable
          caption={t('consultations.admin.caption')}
          striped
          head={
            <>
              <Th>{t('consultations.field.title')}</Th>
              <Th>{t('consultations.field.process')}</Th>
              <Th>{t('consultations.field.phase')}</Th>
              <Th numeric>{t('consultations.field.versions')}</Th>
            </>
          }
        >
          {consultations.map((c) => (
            <Tr>
              <Td>
                <a class="kern-link" href={staffConsultationPath(ctx, c.slug)} lang="de">
                  {c.title.de}
                </a>
              </Td>
              <Td>
                <span lang="de">{c.process.title.de}</span>
              </Td>
              <Td>
                <PhaseBadge ctx={ctx} consultation={c} />
              </Td>
              <Td numeric>{publishedVersions(c).length}</Td>
            </Tr>
          ))}
        </DataTable>
      )}
    </BackOfficeLayout>
  );
}

export interface ConsultationAdminProps extends BackOfficePage {
  consultation: ConsultationView;
  comments: CommentRow[];
  summary: WeighingSummary;
  decisions: { reference: string; date: string | null; url: string | null }[];
  notice?: string | undefined;
  details: { values: Record<string, string>; errors: FormErrors };
  draftForm: { values: Record<string, string>; errors: FormErrors };
  publishErrors: FormErrors;
  adoptErrors: FormErrors;
  weighForm?: WeighForm | undefined;
}

export function ConsultationAdminPage(props: ConsultationAdminProps) {
  const {
    ctx,
    nav,
    csrf,
    consultation: c,
    comments,
    summary,
    decisions,
    notice,
    details,
    draftForm,
    publishErrors,
    adoptErrors,
    weighForm,
  } = props;
  const { t, locale } = ctx;
  const base = staffConsultationPath(ctx, c.slug);
  const draft = draftVersion(c);
  const published = publishedVersions(c);
  const earlier = draft ? comments.filter((x) => x.version < draft.number && !x.hidden) : [];
  return (
    <BackOfficeLayout ctx={ctx} title={c.title.de} nav={nav} current="consultations">
      <p>
        <a class="kern-link" href={staffConsultationPath(ctx)}>
          {t('consultations.admin.back')}
        </a>
      </p>
      <h1 class="kern-heading-large" lang="de">
        {c.title.de}
      </h1>
      {notice && <Alert kind="success" title={notice} />}
      <p class="kern-body">
        <PhaseBadge ctx={ctx} consultation={c} />{' '}
        {t('consultations.periodText', { from: formatDate(c.startsOn, locale), to: formatDate(c.endsOn, locale) })}
      </p>
      {published.length > 0 && (
        <p class="kern-body">
          <a class="kern-link" href={publicConsultationPath(ctx, c.slug)}>
            {t('consultations.admin.publicPage')}
          </a>
        </p>
      )}

      <section class="lotse-section" aria-labelledby="fassungen">
        <h2 class="kern-heading-medium" id="fassungen">
          {t('consultations.versions')}
        </h2>
        <ol class="kern-list">
          {c.versions.map((v) => (
            <li>
              {v.publishedAt ? (
                <a class="kern-link" href={publicConsultationPath(ctx, c.slug, `/fassungen/${v.number}`)}>
                  {t('consultations.version', { number: v.number })}
                </a>
              ) : (
                <a class="kern-link" href="#entwurf">
                  {t('consultations.draftVersion', { number: v.number })}
                </a>
              )}
              {v.publishedAt && <> · {t('consultations.publishedOn', { date: formatDateTime(v.publishedAt, locale) })}</>}
            </li>
          ))}
        </ol>
        {!draft && !c.adoption && published.length > 0 && (
          <form method="post" action={`${base}/neue-fassung`}>
            <CsrfField token={csrf} />
            <SubmitButton label={t('consultations.admin.startRevision')} kind="secondary" />
          </form>
        )}
      </section>

      {draft && (
        <section class="lotse-section" aria-labelledby="entwurf">
          <h2 class="kern-heading-medium" id="entwurf">
            {t('consultations.draftVersion', { number: draft.number })}
          </h2>
          <p class="kern-body">{t('consultations.admin.sectionCount', { count: draft.sections.length })}</p>
          <ErrorSummary ctx={ctx} errors={draftForm.errors} />
          <form method="post" action={`${base}/entwurf`} enctype="multipart/form-data" class="lotse-form-section" novalidate>
            <CsrfField token={csrf} />
            <TextInputs ctx={ctx} values={{ text: draftForm.values.text ?? joinSections(draft.sections) }} errors={draftForm.errors} />
            <SubmitButton label={t('consultations.admin.saveDraft')} kind="secondary" />
          </form>
          {draft.number > 1 &&
            draft.sections.map((s) => (
              <form method="post" action={`${base}/entwurf/abschnitte/${s.anchor}`} class="lotse-form-section lotse-panel" novalidate>
                <CsrfField token={csrf} />
                <h3 class="kern-heading-small" lang="de">
                  {s.heading}
                </h3>
                <TextAreaField
                  id={`note-${s.anchor}`}
                  name="note"
                  label={t('consultations.admin.sectionNote')}
                  hint={t('consultations.admin.sectionNoteHint')}
                  value={s.changeNote ?? ''}
                  rows={2}
                  lang="de"
                />
                {earlier.length > 0 && (
                  <CheckboxGroup
                    name="comments"
                    legend={t('consultations.admin.citedComments')}
                    options={earlier.map((x) => ({
                      value: String(x.id),
                      label: t('consultations.comment.label', { number: x.id, heading: x.heading }),
                    }))}
                    checked={s.cited.map(String)}
                  />
                )}
                <SubmitButton label={t('consultations.admin.saveSectionNote')} kind="secondary" />
              </form>
            ))}
          <form method="post" action={`${base}/veroeffentlichen`} class="lotse-form-section" novalidate>
            <CsrfField token={csrf} />
            <ErrorSummary ctx={ctx} errors={publishErrors} />
            {draft.number > 1 && (
              <TextAreaField
                id="changeNote"
                label={t('consultations.admin.changeNote')}
                hint={t('consultations.admin.changeNoteHint')}
                value=""
                error={errorText(ctx, publishErrors, 'changeNote')}
                rows={3}
                required
                lang="de"
              />
            )}
            <SubmitButton label={t('consultations.admin.publish', { number: draft.number })} />
          </form>
        </section>
      )}

      <section class="lotse-section" aria-labelledby="kommentare">
        <h2 class="kern-heading-medium" id="kommentare">
          {t('consultations.weighing.title')}
        </h2>
        <p class="kern-body">{t('consultations.weighing.summary', { ...summary, count: summary.comments })}</p>
        {published.length > 0 && (
          <p class="kern-body">
            <a class="kern-link" href={publicConsultationPath(ctx, c.slug, '/abwaegung.pdf')}>
              {t('consultations.table.pdf')}
            </a>{' '}
            ·{' '}
            <a class="kern-link" href={publicConsultationPath(ctx, c.slug, '/abwaegung.csv')}>
              {t('consultations.table.csv')}
            </a>
          </p>
        )}
        {comments.map((x) => (
          <Weighing ctx={ctx} slug={c.slug} comment={x} csrf={csrf} form={weighForm?.commentId === x.id ? weighForm : undefined} />
        ))}
      </section>

      {published.length > 0 && (
        <section class="lotse-section" aria-labelledby="beschluss">
          <h2 class="kern-heading-medium" id="beschluss">
            {t('consultations.adoption.title')}
          </h2>
          {c.adoption && (
            <p class="kern-body">{t('consultations.adoption.text', { number: c.adoption.version, reference: c.adoption.reference })}</p>
          )}
          {decisions.length === 0 ? (
            <p class="kern-body">{t('consultations.adoption.noDecisions')}</p>
          ) : (
            <form method="post" action={`${base}/beschluss`} class="lotse-form-section" novalidate>
              <CsrfField token={csrf} />
              <ErrorSummary ctx={ctx} errors={adoptErrors} />
              <SelectField
                id="version"
                label={t('consultations.adoption.version')}
                value={String(c.adoption?.version ?? published.at(-1)!.number)}
                error={errorText(ctx, adoptErrors, 'version')}
                options={published.map((v) => ({ value: String(v.number), label: t('consultations.version', { number: v.number }) }))}
              />
              <SelectField
                id="reference"
                label={t('consultations.adoption.decision')}
                hint={t('consultations.adoption.decisionHint')}
                value={c.adoption?.reference ?? ''}
                error={errorText(ctx, adoptErrors, 'reference')}
                options={[
                  { value: '', label: t('consultations.adoption.choose') },
                  ...decisions.map((d) => ({
                    value: d.reference,
                    label: d.date ? `${d.reference} (${formatDate(d.date, locale)})` : d.reference,
                  })),
                ]}
              />
              <SubmitButton label={t('consultations.adoption.save')} kind="secondary" />
            </form>
          )}
        </section>
      )}

      <section class="lotse-section" aria-labelledby="angaben">
        <h2 class="kern-heading-medium" id="angaben">
          {t('consultations.admin.details')}
        </h2>
        <ErrorSummary ctx={ctx} errors={details.errors} />
        <form method="post" action={`${base}/angaben`} class="lotse-form-section" novalidate>
          <CsrfField token={csrf} />
          <LocalizedInputs
            ctx={ctx}
            field="title"
            label={t('consultations.field.title')}
            values={details.values}
            errors={details.errors}
            required
          />
          <LocalizedInputs
            ctx={ctx}
            field="summary"
            label={t('consultations.field.summary')}
            values={details.values}
            errors={details.errors}
            area
          />
          <PeriodInputs ctx={ctx} values={details.values} errors={details.errors} />
          <SubmitButton label={t('consultations.admin.saveDetails')} kind="secondary" />
        </form>
      </section>
    </BackOfficeLayout>
  );
}

/** The details form's values from a consultation. */
export function detailValues(c: ConsultationView): Record<string, string> {
  const v: Record<string, string> = { startsOn: c.startsOn, endsOn: c.endsOn };
  for (const l of locales) {
    v[`title_${l}`] = c.title[l] ?? '';
    v[`summary_${l}`] = c.summary?.[l] ?? '';
  }
  return v;
}
