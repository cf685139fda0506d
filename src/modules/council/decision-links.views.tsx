// Back-office pages of a municipality's decisions and the council: each decision of its Vorhaben with the
// paper it was matched to (or why not), and the page where staff type a decision's web address by hand.
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDate } from '../../lib/format.js';
import { Alert, Badge, Fact, Pagination, Text } from '../../views/components.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { CsrfField, ErrorSummary, errorText, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, RowTh, Td, Th, Tr } from '../../views/table.js';
import { councilPath } from './council-paths.js';
import { CouncilSubpage } from './council-subpage.views.js';
import type { DecisionsPageView, DecisionView } from './decision-links.service.js';

function PaperLink({ ctx, decision }: { ctx: PageContext; decision: DecisionView }) {
  const { t } = ctx;
  if (decision.paper) {
    const label = [decision.paper.reference, decision.paper.name].filter(Boolean).join(' – ');
    return decision.paper.web ? (
      <a class="kern-link" href={decision.paper.web} lang="de">
        {label}
      </a>
    ) : (
      <span lang="de">{label}</span>
    );
  }
  if (decision.webUrl)
    return (
      <>
        <a class="kern-link" href={decision.webUrl}>
          {decision.webUrl}
        </a>{' '}
        <Badge>{t('council.decision.byHand')}</Badge>
      </>
    );
  return <Badge kind="warning">{t('council.decision.unmatched')}</Badge>;
}

export function CouncilDecisionsPage({ ctx, nav, page }: BackOfficePage & { page: DecisionsPageView }) {
  const { t, locale } = ctx;
  const title = t('council.decisions.heading', { municipality: page.name });
  return (
    <CouncilSubpage ctx={ctx} title={title} nav={nav} back={{ slug: page.slug, label: t('council.backToSettings') }}>
      <p class="kern-body">{page.configured ? t('council.decisions.introOparl') : t('council.decisions.introByHand')}</p>
      {page.decisions.length === 0 ? (
        <p class="kern-body">{t('council.decisions.none')}</p>
      ) : (
        <DataTable
          caption={<span class="kern-sr-only">{title}</span>}
          head={
            <>
              <Th>{t('council.decision.decision')}</Th>
              <Th>{t('council.decision.project')}</Th>
              <Th>{t('council.decision.paper')}</Th>
              <Th>
                <span class="kern-sr-only">{t('council.decision.edit')}</span>
              </Th>
            </>
          }
        >
          {page.decisions.map((d) => (
            <Tr id={`beschluss-${d.id}`}>
              <RowTh>
                <span lang="de">{d.text}</span>
                {d.date && <> ({formatDate(d.date, locale)})</>}
              </RowTh>
              <Td>
                <Text ctx={ctx} value={d.projectTitle} />
              </Td>
              <Td>
                <PaperLink ctx={ctx} decision={d} />
              </Td>
              <Td>
                {d.editable && (
                  <a class="kern-link" href={localePath(locale, councilPath(page.slug, `/beschluesse/${d.id}`))}>
                    {t('council.decision.editWebUrl')}
                    <span class="kern-sr-only"> {d.text}</span>
                  </a>
                )}
              </Td>
            </Tr>
          ))}
        </DataTable>
      )}
      <Pagination
        ctx={ctx}
        page={page.page}
        pages={page.pages}
        href={(n) => localePath(locale, councilPath(page.slug, `/beschluesse${n > 1 ? `?seite=${n}` : ''}`))}
      />
    </CouncilSubpage>
  );
}

export function CouncilDecisionPage({
  ctx,
  nav,
  csrf,
  slug,
  name,
  decision,
  value,
  errors,
  saved,
}: BackOfficePage & { slug: string; name: string; decision: DecisionView; value: string; errors: FormErrors; saved: boolean }) {
  const { t, locale } = ctx;
  const title = t('council.decision.heading', { decision: decision.text });
  return (
    <BackOfficeLayout ctx={ctx} title={title} nav={nav} current="council">
      <p>
        <a class="kern-link" href={localePath(locale, councilPath(slug, '/beschluesse'))}>
          {t('council.backToDecisions', { municipality: name })}
        </a>
      </p>
      <h1 class="kern-heading-large">{title}</h1>
      {saved && <Alert kind="success" title={t('council.saved')} />}
      <ErrorSummary ctx={ctx} errors={errors} />
      <dl class="kern-description-list">
        <Fact label={t('council.decision.project')}>
          <Text ctx={ctx} value={decision.projectTitle} />
        </Fact>
        <Fact label={t('council.decision.date')}>{decision.date ? formatDate(decision.date, locale) : '–'}</Fact>
        <Fact label={t('council.decision.paper')}>
          <PaperLink ctx={ctx} decision={{ ...decision, webUrl: null }} />
        </Fact>
      </dl>
      <form method="post" action={localePath(locale, councilPath(slug, `/beschluesse/${decision.id}`))} novalidate>
        <CsrfField token={csrf} />
        <TextField
          id="web_url"
          label={t('council.decision.webUrl')}
          hint={t('council.decision.webUrlHint')}
          value={value}
          error={errorText(ctx, errors, 'web_url')}
          type="url"
        />
        <SubmitButton label={t('council.save')} />
      </form>
    </BackOfficeLayout>
  );
}
