// Back-office pages for Vorhaben: the work list, one Vorhaben's overview (state, actions, versions,
// internal notes), the edit form and the comparison of two versions.
import type { ComponentChildren } from 'preact';
import { formatDateTime } from '../../lib/format.js';
import type { LocalizedText } from '../../lib/localized.js';
import { Alert, Badge, Pagination } from '../../views/components.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { NoteFields } from '../../views/localized-fields.js';
import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorText,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { FormErrors } from '../../lib/form-errors.js';
import type { EditorialProject, WorkState } from './editorial.service.js';
import { workStates } from './editorial.types.js';
import { offersSection } from '../../platform/back-office/navigation.js';

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
  list: {
    total: number;
    page: number;
    pages: number;
    counts: Record<WorkState, number>;
    rows: {
      slug: string;
      title: LocalizedText;
      version: number;
      updated_at: Date;
      draft_updated_at: Date | null;
      work_state: WorkState;
      municipality_names: string;
    }[];
  };
  mayCreate: boolean;
}

export function WorkListPage({ ctx, nav, query, municipalities, list, mayCreate }: WorkListProps) {
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
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">{t('editorial.list.caption')}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th class="kern-table__cell" scope="col">
                  {t('field.title')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('field.municipalities')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('editorial.state')}
                </th>
                <th class="kern-table__cell kern-table__cell--numeric" scope="col">
                  {t('editorial.version')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('editorial.lastChange')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {list.rows.map((r) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    <a class="kern-link" href={`${base}/vorhaben/${r.slug}`} lang="de">
                      {r.title.de}
                    </a>
                  </td>
                  <td class="kern-table__cell">{r.municipality_names}</td>
                  <td class="kern-table__cell">
                    <WorkStateBadge ctx={ctx} state={r.work_state} />
                  </td>
                  <td class="kern-table__cell kern-table__cell--numeric">{r.version}</td>
                  <td class="kern-table__cell">{formatDateTime(new Date(r.draft_updated_at ?? r.updated_at), locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
          <div class="kern-table-responsive">
            <table class="kern-table">
              <thead class="kern-table__header">
                <tr class="kern-table__row">
                  <th class="kern-table__cell kern-table__cell--numeric" scope="col">
                    {t('editorial.version')}
                  </th>
                  <th class="kern-table__cell" scope="col">
                    {t('editorial.date')}
                  </th>
                  <th class="kern-table__cell" scope="col">
                    {t('editorial.note')}
                  </th>
                  <th class="kern-table__cell" scope="col">
                    {t('editorial.publishedBy')}
                  </th>
                  <th class="kern-table__cell" scope="col">
                    {t('editorial.compare')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {view.versions.map((v, i) => {
                  const previous = view.versions[i + 1];
                  return (
                    <tr class="kern-table__row">
                      <td class="kern-table__cell kern-table__cell--numeric">{v.version}</td>
                      <td class="kern-table__cell">{formatDateTime(new Date(v.changed_at), locale)}</td>
                      <td class="kern-table__cell" lang="de">
                        {v.note.de}
                      </td>
                      <td class="kern-table__cell">{v.published_by ?? '–'}</td>
                      <td class="kern-table__cell">
                        {v.has_snapshot && previous?.has_snapshot ? (
                          <a class="kern-link" href={`${base}/vergleich?von=${previous.version}&bis=${v.version}`}>
                            {t('editorial.compareWith', { from: previous.version, to: v.version })}
                          </a>
                        ) : (
                          '–'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
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
                  {n.author_name ?? n.author ?? t('audit.cli')} · {formatDateTime(new Date(n.created_at), locale)}
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
