// The back office's page of one Vorhaben: its work state and the actions open to the person (edit,
// review, publish, discard, archive, restore), its published versions and its internal notes.
import type { ComponentChildren } from 'preact';
import { formatDateTime } from '../../lib/format.js';
import { Alert } from '../../views/components.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { NoteFields } from '../../views/localized-fields.js';
import { Checkbox, CsrfField, ErrorSummary, errorText, SubmitButton, TextAreaField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import type { FormErrors } from '../../lib/form-errors.js';
import type { EditorialProject } from './editorial.service.js';
import { offersSection } from '../../platform/back-office/navigation.js';
import { WorkStateBadge } from './work-list.views.js';
import { LeadTimeWarning } from '../council/index.js';

interface OverviewProps extends BackOfficePage {
  view: EditorialProject;
  may: Record<'edit' | 'submit' | 'publish' | 'archive' | 'restore' | 'note', boolean>;
  /** The form that came back with errors, by its name. */
  failed?: { form: 'publish' | 'archive' | 'restore' | 'note'; values: Record<string, string>; errors: FormErrors } | undefined;
  notice?: string | undefined;
}

function Panel({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="lotse-panel" aria-label={title}>
      <h2 class="kern-heading-small">{title}</h2>
      {children}
    </section>
  );
}

export function ProjectOverviewPage({ ctx, nav, csrf, view, may, failed, notice }: OverviewProps) {
  const { t, locale } = ctx;
  const { project, draft, workState } = view;
  const base = localePath(locale, `/verwaltung/vorhaben/${project.slug}`);
  const errorsOf = (form: string) => (failed?.form === form ? failed.errors : {});
  const valuesOf = (form: string) => (failed?.form === form ? failed.values : {});
  const canPublish = may.publish && workState !== 'archived' && (!!draft || project.publicationState === 'draft');
  const published = project.publicationState !== 'draft';
  return (
    <BackOfficeLayout ctx={ctx} title={view.current.title.de} nav={nav} current="editorial">
      <p>
        <a class="kern-link" href={localePath(locale, '/verwaltung')}>
          {t('editorial.backToList')}
        </a>
      </p>
      <h1 class="kern-heading-large" lang="de">
        {view.current.title.de}
      </h1>
      <div class="lotse-card__badges">
        <WorkStateBadge ctx={ctx} state={workState} />
        <span class="kern-body">{t('editorial.publishedVersion', { version: project.version })}</span>
      </div>
      {notice && <Alert kind="success" title={notice} />}
      {failed && <ErrorSummary ctx={ctx} errors={failed.errors} />}
      <LeadTimeWarning ctx={ctx} shortfalls={view.leadTime} />
      {view.stale && <Alert kind="warning" title={t('editorial.stale', { base: draft?.baseVersion ?? 0, version: project.version })} />}
      {draft && (
        <p class="kern-body">
          {t('editorial.draftSaved', { date: formatDateTime(new Date(draft.updatedAt), locale), who: draft.updatedBy ?? t('audit.cli') })}
        </p>
      )}
      <div class="lotse-actions">
        {may.edit && workState !== 'archived' && (
          <a class="kern-btn kern-btn--primary" href={`${base}/bearbeiten`}>
            <span class="kern-label">{draft || !published ? t('editorial.edit') : t('editorial.startChanges')}</span>
          </a>
        )}
        <a class="kern-btn kern-btn--secondary" href={`${base}/orte`}>
          <span class="kern-label">{t('places.open')}</span>
        </a>
        {published && (
          <a class="kern-btn kern-btn--secondary" href={localePath(locale, `/vorhaben/${project.slug}`)}>
            <span class="kern-label">{t('editorial.viewPublic')}</span>
          </a>
        )}
        {published && offersSection(nav, '/verwaltung/netzwerk') && (
          <a class="kern-btn kern-btn--tertiary" href={`${localePath(locale, '/verwaltung/netzwerk/passend')}?vorhaben=${project.slug}`}>
            <span class="kern-label">{t('network.admin.findPartners')}</span>
          </a>
        )}
        {draft && published && (
          <a class="kern-btn kern-btn--secondary" href={`${base}/vergleich?von=${project.version}&bis=arbeitskopie`}>
            <span class="kern-label">{t('editorial.compareDraft')}</span>
          </a>
        )}
      </div>

      {may.submit && (draft || !published) && workState !== 'archived' && (
        <Panel title={t('editorial.review.title')}>
          <p class="kern-body">{workState === 'review' ? t('editorial.review.inReview') : t('editorial.review.hint')}</p>
          <form method="post" action={`${base}/${workState === 'review' ? 'pruefung-beenden' : 'pruefung'}`}>
            <CsrfField token={csrf} />
            <SubmitButton
              kind="secondary"
              label={workState === 'review' ? t('editorial.review.withdraw') : t('editorial.review.request')}
            />
          </form>
        </Panel>
      )}

      {canPublish && (
        <Panel title={t('editorial.publish.title')}>
          <p class="kern-body">
            {published ? t('editorial.publish.hintUpdate', { version: project.version + 1 }) : t('editorial.publish.hintFirst')}
          </p>
          <form method="post" action={`${base}/veroeffentlichen`} class="lotse-form-section" novalidate>
            <CsrfField token={csrf} />
            <NoteFields
              ctx={ctx}
              prefix="note"
              values={valuesOf('publish')}
              errors={errorsOf('publish')}
              label={t('editorial.note')}
              hint={t('editorial.publish.noteHint')}
            />
            {view.stale && (
              <div class={`kern-form-input${errorsOf('publish').overwrite_newer ? ' kern-form-input--error' : ''}`}>
                {errorsOf('publish').overwrite_newer && (
                  <p class="kern-error" id="overwrite_newer-error" role="alert">
                    {t('editorial.error.stale')}
                  </p>
                )}
                <Checkbox
                  id="overwrite_newer"
                  name="overwrite_newer"
                  label={t('editorial.publish.overwrite', { version: project.version })}
                  checked={false}
                />
              </div>
            )}
            <div>
              <SubmitButton label={t('editorial.publish.submit')} />
            </div>
          </form>
        </Panel>
      )}

      {may.edit && draft && published && workState !== 'archived' && (
        <Panel title={t('editorial.discard.title')}>
          <p class="kern-body">{t('editorial.discard.hint')}</p>
          <form method="post" action={`${base}/verwerfen`}>
            <CsrfField token={csrf} />
            <SubmitButton kind="secondary" label={t('editorial.discard.submit')} />
          </form>
        </Panel>
      )}

      {((may.archive && project.publicationState === 'published') || (may.restore && project.publicationState === 'archived')) && (
        <Panel title={project.publicationState === 'archived' ? t('editorial.restore.title') : t('editorial.archive.title')}>
          <p class="kern-body">{project.publicationState === 'archived' ? t('editorial.restore.hint') : t('editorial.archive.hint')}</p>
          <form
            method="post"
            action={`${base}/${project.publicationState === 'archived' ? 'wiederherstellen' : 'archivieren'}`}
            class="lotse-form-section"
            novalidate
          >
            <CsrfField token={csrf} />
            <NoteFields
              ctx={ctx}
              prefix="reason"
              values={valuesOf(project.publicationState === 'archived' ? 'restore' : 'archive')}
              errors={errorsOf(project.publicationState === 'archived' ? 'restore' : 'archive')}
              label={t('editorial.reason')}
              hint={t('editorial.reasonHint')}
            />
            <div>
              <SubmitButton
                kind="secondary"
                label={project.publicationState === 'archived' ? t('editorial.restore.submit') : t('editorial.archive.submit')}
              />
            </div>
          </form>
        </Panel>
      )}

      <section class="lotse-section" aria-labelledby="versions-heading">
        <h2 class="kern-heading-medium" id="versions-heading">
          {t('editorial.versions')}
        </h2>
        {view.versions.length === 0 ? (
          <p class="kern-body">{t('editorial.noVersions')}</p>
        ) : (
          <DataTable
            caption={<span class="kern-sr-only">{t('editorial.versions')}</span>}
            head={
              <>
                <Th numeric>{t('editorial.version')}</Th>
                <Th>{t('editorial.date')}</Th>
                <Th>{t('editorial.note')}</Th>
                <Th>{t('editorial.publishedBy')}</Th>
                <Th>{t('editorial.compare')}</Th>
              </>
            }
          >
            {view.versions.map((v, i) => {
              const previous = view.versions[i + 1];
              return (
                <Tr>
                  <Td numeric>{v.version}</Td>
                  <Td>{formatDateTime(v.changedAt, locale)}</Td>
                  <Td lang="de">{v.note.de}</Td>
                  <Td>{v.publishedBy ?? '–'}</Td>
                  <Td>
                    {v.hasSnapshot && previous?.hasSnapshot ? (
                      <a class="kern-link" href={`${base}/vergleich?von=${previous.version}&bis=${v.version}`}>
                        {t('editorial.compareWith', { from: previous.version, to: v.version })}
                      </a>
                    ) : (
                      '–'
                    )}
                  </Td>
                </Tr>
              );
            })}
          </DataTable>
        )}
      </section>

      <section class="lotse-section" aria-labelledby="notes-heading">
        <h2 class="kern-heading-medium" id="notes-heading">
          {t('editorial.notes.title')}
        </h2>
        <p class="kern-body">{t('editorial.notes.hint')}</p>
        {may.note && (
          <form method="post" action={`${base}/notizen`} class="lotse-form-section" novalidate>
            <CsrfField token={csrf} />
            <TextAreaField
              id="body"
              label={t('editorial.notes.new')}
              value={valuesOf('note').body ?? ''}
              error={errorText(ctx, errorsOf('note'), 'body')}
              rows={3}
              required
            />
            <div>
              <SubmitButton kind="secondary" label={t('editorial.notes.add')} />
            </div>
          </form>
        )}
        {view.notes.length === 0 ? (
          <p class="kern-body">{t('editorial.notes.none')}</p>
        ) : (
          <ul class="lotse-result-list">
            {view.notes.map((n) => (
              <li class="lotse-panel">
                <p class="kern-body kern-body--small">
                  {n.author ?? t('audit.cli')} · {formatDateTime(n.createdAt, locale)}
                </p>
                <p class="kern-body lotse-preline">{n.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </BackOfficeLayout>
  );
}
