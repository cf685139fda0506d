// Public pages of consultations: the list; a version of the document with its sections (each with an
// anchor, its counts and its change note citing comments); the pieces the other pages share (a section's
// page: consultation-section.views.tsx; comparison and weighing table: consultation-review.views.tsx).
// Every page works without JavaScript.
import { formatDate, formatDateTime } from '../../lib/format.js';
import { Alert, Badge, Markdown, Text } from '../../views/components.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { publicConsultationPath, sectionId, sectionPath, versionPath } from './consultation-paths.js';
import {
  type CommentRow,
  type ConsultationView,
  latestPublished,
  phaseOf,
  publishedVersions,
  type SectionCounts,
  type SectionView,
  type VersionView,
} from './consultation.types.js';

const noCounts: SectionCounts = { comments: 0, agree: 0, disagree: 0 };

export function Header({ ctx, c }: { ctx: PageContext; c: ConsultationView }) {
  const { t, locale } = ctx;
  const phase = phaseOf(c);
  return (
    <>
      <p class="kern-body">
        <a class="kern-link" href={publicConsultationPath(ctx)}>
          {t('consultations.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        <Text ctx={ctx} value={c.title} />
      </h1>
      {c.example && <Alert kind="info" title={t('consultations.example')} />}
      <p class="kern-body">
        <Badge kind={phase === 'open' ? 'success' : 'info'}>{t(`consultations.phase.${phase}`)}</Badge>{' '}
        {t('consultations.periodText', { from: formatDate(c.startsOn, locale), to: formatDate(c.endsOn, locale) })}
      </p>
      <p class="kern-body">
        {t('consultations.partOf')}{' '}
        <a class="kern-link" href={localePath(locale, `/beteiligung/${c.process.slug}`)}>
          <Text ctx={ctx} value={c.process.title} />
        </a>
      </p>
      {c.adoption && (
        <Alert kind="success" title={t('consultations.adoption.text', { number: c.adoption.version, reference: c.adoption.reference })}>
          <p class="kern-body">
            <a class="kern-link" href={versionPath(ctx, c.slug, c.adoption.version)}>
              {t('consultations.adoption.read', { number: c.adoption.version })}
            </a>
            {c.adoption.url && (
              <>
                {' · '}
                <a class="kern-link" href={c.adoption.url}>
                  {t('consultations.adoption.paper', { reference: c.adoption.reference })}
                </a>
              </>
            )}
            {c.adoption.projectSlug && (
              <>
                {' · '}
                <a class="kern-link" href={localePath(locale, `/vorhaben/${c.adoption.projectSlug}#beschluesse`)}>
                  {t('consultations.adoption.decisions')}
                </a>
              </>
            )}
          </p>
        </Alert>
      )}
    </>
  );
}

export function ConsultationListPage({ ctx, consultations }: { ctx: PageContext; consultations: ConsultationView[] }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('consultations.title')} current="participation">
      <h1 class="kern-heading-large">{t('consultations.title')}</h1>
      <p class="kern-body">{t('consultations.intro')}</p>
      {consultations.length === 0 ? (
        <p class="kern-body">{t('consultations.none')}</p>
      ) : (
        <ul class="lotse-result-list">
          {consultations.map((c) => (
            <li class="lotse-card">
              <h2 class="kern-heading-small">
                <a class="kern-link" href={publicConsultationPath(ctx, c.slug)}>
                  <Text ctx={ctx} value={c.title} />
                </a>
              </h2>
              <p class="kern-body">
                <Badge kind={phaseOf(c) === 'open' ? 'success' : 'info'}>{t(`consultations.phase.${phaseOf(c)}`)}</Badge>{' '}
                {t('consultations.periodText', { from: formatDate(c.startsOn, locale), to: formatDate(c.endsOn, locale) })}
              </p>
              {c.summary && (
                <p class="kern-body">
                  <Text ctx={ctx} value={c.summary} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function CitedComments({ ctx, c, ids }: { ctx: PageContext; c: ConsultationView; ids: number[] }) {
  if (ids.length === 0) return null;
  return (
    <>
      {' '}
      {ctx.t('consultations.citing')}{' '}
      {ids.map((id, i) => (
        <>
          {i > 0 && ', '}
          <a class="kern-link" href={`${publicConsultationPath(ctx, c.slug, '/abwaegung')}#kommentar-${id}`}>
            {ctx.t('consultations.commentNumber', { number: id })}
          </a>
        </>
      ))}
    </>
  );
}

/** The weighing table's page (unless on it), PDF and CSV. */
export function TableLinks({ ctx, c, page }: { ctx: PageContext; c: ConsultationView; page: boolean }) {
  const links: [string, 'link' | 'pdf' | 'csv'][] = [...(page ? [['', 'link'] as [string, 'link']] : []), ['.pdf', 'pdf'], ['.csv', 'csv']];
  return (
    <p class="kern-body">
      {links.map(([suffix, label], i) => (
        <>
          {i > 0 && ' · '}
          <a class="kern-link" href={publicConsultationPath(ctx, c.slug, `/abwaegung${suffix}`)}>
            {ctx.t(`consultations.table.${label}`)}
          </a>
        </>
      ))}
    </p>
  );
}

function VersionNav({ ctx, c, current }: { ctx: PageContext; c: ConsultationView; current: number }) {
  const { t, locale } = ctx;
  const versions = publishedVersions(c);
  return (
    <nav class="lotse-section" aria-labelledby="fassungen">
      <h2 class="kern-heading-medium" id="fassungen">
        {t('consultations.versions')}
      </h2>
      <ol class="kern-list">
        {versions.map((v) => (
          <li>
            {v.number === current ? (
              <strong aria-current="page">{t('consultations.version', { number: v.number })}</strong>
            ) : (
              <a class="kern-link" href={versionPath(ctx, c.slug, v.number)}>
                {t('consultations.version', { number: v.number })}
              </a>
            )}
            {' · '}
            {t('consultations.publishedOn', { date: formatDateTime(v.publishedAt!, locale) })}
            {v.changeNote && (
              <>
                {' · '}
                <span lang="de">{v.changeNote}</span>
              </>
            )}
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <p class="kern-body">
          <a
            class="kern-link"
            href={`${publicConsultationPath(ctx, c.slug, '/vergleich')}?von=${versions.at(-2)!.number}&bis=${versions.at(-1)!.number}`}
          >
            {t('consultations.compare.link')}
          </a>
        </p>
      )}
      <TableLinks ctx={ctx} c={c} page />
    </nav>
  );
}

export function Counts({ ctx, counts }: { ctx: PageContext; counts: SectionCounts }) {
  return (
    <p class="kern-body kern-body--small">
      {ctx.t('consultations.counts', { count: counts.comments, agree: counts.agree, disagree: counts.disagree })}
    </p>
  );
}

export function VersionPage({
  ctx,
  consultation: c,
  version,
  counts,
}: {
  ctx: PageContext;
  consultation: ConsultationView;
  version: VersionView;
  counts: Map<number, SectionCounts>;
}) {
  const { t } = ctx;
  const latest = latestPublished(c);
  const isLatest = latest?.number === version.number;
  const open = phaseOf(c) === 'open';
  return (
    <Layout ctx={ctx} title={t('consultations.versionTitle', { title: c.title.de, number: version.number })} current="participation">
      <Header ctx={ctx} c={c} />
      {c.summary && (
        <p class="kern-body kern-body--large">
          <Text ctx={ctx} value={c.summary} />
        </p>
      )}
      {!isLatest && (
        <Alert
          kind="warning"
          title={t('consultations.olderVersion', { number: version.number, latest: latest?.number ?? version.number })}
        />
      )}
      <nav aria-labelledby="inhalt">
        <h2 class="kern-heading-medium" id="inhalt">
          {t('consultations.contents', { number: version.number })}
        </h2>
        <ol class="kern-list">
          {version.sections.map((s) => (
            <li>
              <a class="kern-link" href={`#${sectionId(s.anchor)}`} lang="de">
                {s.heading}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div lang="de">
        {version.sections.map((s) => (
          <SectionBlock ctx={ctx} c={c} section={s} counts={counts.get(s.id) ?? noCounts} link={isLatest} open={open} />
        ))}
      </div>
      <VersionNav ctx={ctx} c={c} current={version.number} />
    </Layout>
  );
}

function SectionBlock({
  ctx,
  c,
  section: s,
  counts,
  link,
  open,
}: {
  ctx: PageContext;
  c: ConsultationView;
  section: SectionView;
  counts: SectionCounts;
  link: boolean;
  open: boolean;
}) {
  const { t, locale } = ctx;
  return (
    <section class="lotse-section lotse-consultation-section" id={sectionId(s.anchor)} aria-labelledby={`${sectionId(s.anchor)}-titel`}>
      <h2 class="kern-heading-medium" id={`${sectionId(s.anchor)}-titel`}>
        {s.heading}
      </h2>
      <Markdown source={s.body} />
      <div lang={locale}>
        {s.changeNote && (
          <p class="kern-body kern-body--small">
            {t('consultations.changed')} <span lang="de">{s.changeNote}</span>
            <CitedComments ctx={ctx} c={c} ids={s.cited} />
          </p>
        )}
        <Counts ctx={ctx} counts={counts} />
        {link && (
          <p class="kern-body">
            <a class="kern-link" href={sectionPath(ctx, c.slug, s.anchor)}>
              {open ? t('consultations.section.take', { heading: s.heading }) : t('consultations.section.read', { heading: s.heading })}
            </a>
          </p>
        )}
      </div>
    </section>
  );
}

/** The administration's answer and weighing below a comment, and the versions whose changes cite it. */
export function WeighingNote({
  ctx,
  comment,
  citedIn,
}: {
  ctx: PageContext;
  comment: CommentRow | undefined;
  citedIn: { version: number }[];
}) {
  if (!comment?.weighing && citedIn.length === 0) return null;
  const { t } = ctx;
  return (
    <div class="lotse-weighing">
      {comment?.weighing && (
        <>
          <p class="kern-body">
            <strong>{t('consultations.weighing.answerLabel')}</strong> <span lang="de">{comment.weighing.answer}</span>
          </p>
          <p class="kern-body">
            <strong>{t('consultations.weighing.outcomeLabel')}</strong> {t(`consultations.outcome.${comment.weighing.outcome}`)}
            {' – '}
            <span lang="de">{comment.weighing.reason}</span>
          </p>
        </>
      )}
      {citedIn.length > 0 && (
        <p class="kern-body kern-body--small">
          {t('consultations.citedIn', { versions: citedIn.map((v) => String(v.version)).join(', ') })}
        </p>
      )}
    </div>
  );
}

export function ProjectConsultations({ ctx, consultations }: { ctx: PageContext; consultations: ConsultationView[] }) {
  if (consultations.length === 0) return null;
  const { t, locale } = ctx;
  return (
    <section class="lotse-section" aria-labelledby="konsultationen">
      <h2 class="kern-heading-medium" id="konsultationen">
        {t('consultations.onProject')}
      </h2>
      <ul class="kern-list">
        {consultations.map((c) => (
          <li>
            <a class="kern-link" href={publicConsultationPath(ctx, c.slug)}>
              <Text ctx={ctx} value={c.title} />
            </a>{' '}
            · {t(`consultations.phase.${phaseOf(c)}`)} ·{' '}
            {t('consultations.periodText', { from: formatDate(c.startsOn, locale), to: formatDate(c.endsOn, locale) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
