// Public pages of ideas: the ideas section of a process page, the form to bring one in, and an idea's
// page with its status, official answer, supports and comment thread.
import type { ComponentChildren } from 'preact';
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDateTime } from '../../lib/format.js';
import { type LocalizedText, pick } from '../../lib/localized.js';
import { Alert, Badge, Fact } from '../../views/components.js';
import {
  CsrfField,
  ErrorSummary,
  errorText,
  Honeypot,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { TextLanguageField } from '../../views/text-language-field.js';
import type { ProcessView } from './processes.view-model.js';
import type { Resident } from '../../platform/resident-session.js';
import type { ideaWindows } from './ideas.service.js';
import type { IdeaView } from './ideas.view-model.js';
import { SourceLabel } from '../../views/contribution-source.js';

type Windows = ReturnType<typeof ideaWindows>;

const statusKind = (s: string) => (s === 'accepted' ? 'success' : s === 'rejected' ? 'danger' : 'info');

/** A localised name (topic or Vorhaben title) in the page's language, marked when it falls back. */
function TopicName({ ctx, name }: { ctx: PageContext; name: LocalizedText | null }) {
  const p = pick(name, ctx.locale);
  return p ? <span lang={p.lang === ctx.locale ? undefined : p.lang}>{p.text}</span> : null;
}

export function IdeasSection({ ctx, p, ideas, windows }: { ctx: PageContext; p: ProcessView; ideas: IdeaView[]; windows: Windows }) {
  const { t, locale } = ctx;
  return (
    <section class="lotse-section" aria-labelledby="ideas-heading">
      <h2 class="kern-heading-medium" id="ideas-heading">
        {t('ideas.title', { count: ideas.length })}
      </h2>
      <p class="kern-body">{t(windows.ideasOpen ? 'ideas.open' : windows.supportOpen ? 'ideas.supportOnly' : 'ideas.closed')}</p>
      {windows.ideasOpen && (
        <p>
          <a class="kern-btn kern-btn--primary" href={localePath(locale, `/beteiligung/${p.slug}/ideen/neu`)}>
            <span class="kern-label">{t('ideas.new')}</span>
          </a>
        </p>
      )}
      {ideas.length > 0 && (
        <ul class="lotse-idea-list">
          {ideas.map((i) => (
            <li>
              <h3 class="kern-heading-small">
                <a class="kern-link" href={localePath(locale, `/beteiligung/${p.slug}/ideen/${i.id}`)} lang={i.textLanguage}>
                  {i.title}
                </a>
              </h3>
              <p class="kern-body kern-body--small">
                <Badge kind={statusKind(i.status)}>{t(`ideas.status.${i.status}`)}</Badge> {t('ideas.supports', { count: i.supportCount })}
                {i.source && (
                  <>
                    {' · '}
                    <SourceLabel ctx={ctx} source={i.source} />
                  </>
                )}
                {i.topicName !== null && (
                  <>
                    {' · '}
                    <TopicName ctx={ctx} name={i.topicName} />
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function IdeaFormPage({
  ctx,
  csrf,
  p,
  topics,
  form,
}: {
  ctx: PageContext;
  csrf: string;
  p: ProcessView;
  topics: { slug: string; name: LocalizedText }[];
  form: { values: Record<string, string>; errors: FormErrors };
}) {
  const { t, locale } = ctx;
  const v = (k: string) => form.values[k] ?? '';
  return (
    <Layout ctx={ctx} title={t('ideas.new')} noindex current="participation">
      <p>
        <a class="kern-link" href={localePath(locale, `/beteiligung/${p.slug}`)}>
          {t('participation.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('ideas.new')}</h1>
      <p class="kern-body">{t('ideas.formIntro')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} />
      <form method="post" action={localePath(locale, `/beteiligung/${p.slug}/ideen`)} class="lotse-form-section" novalidate>
        <CsrfField token={csrf} />
        <Honeypot />
        <TextField id="title" label={t('ideas.field.title')} value={v('title')} required error={errorText(ctx, form.errors, 'title')} />
        <TextAreaField
          id="body"
          label={t('ideas.field.body')}
          hint={t('ideas.field.bodyHint')}
          value={v('body')}
          rows={8}
          required
          error={errorText(ctx, form.errors, 'body')}
        />
        <TextLanguageField ctx={ctx} value={form.values.sprache} />
        <SelectField
          id="topic"
          label={t('ideas.field.topic')}
          value={v('topic')}
          error={errorText(ctx, form.errors, 'topic')}
          options={[
            { value: '', label: t('ideas.field.noTopic') },
            ...topics.map((tp) => ({ value: tp.slug, label: pick(tp.name, locale)?.text ?? tp.slug })),
          ]}
        />
        <TextField
          id="location"
          label={t('ideas.field.location')}
          hint={t('ideas.field.locationHint')}
          value={v('location')}
          error={errorText(ctx, form.errors, 'location')}
        />
        <SubmitButton label={t('ideas.submit')} />
      </form>
    </Layout>
  );
}

export function IdeaPage(props: {
  ctx: PageContext;
  csrf: string;
  p: ProcessView;
  idea: IdeaView;
  supported: boolean;
  windows: Windows;
  resident: Resident | null;
  notice?: string | undefined;
  thread: ComponentChildren;
}) {
  const { ctx, csrf, p, idea, supported, windows, resident, notice } = props;
  const { t, locale } = ctx;
  const here = localePath(locale, `/beteiligung/${p.slug}/ideen/${idea.id}`);
  const author = idea.authorDeleted ? t('comments.deletedAuthor') : (idea.author ?? t('comments.anonymous'));
  return (
    <Layout ctx={ctx} title={idea.hidden ? t('ideas.idea') : idea.title} current="participation">
      <p>
        <a class="kern-link" href={localePath(locale, `/beteiligung/${p.slug}`)}>
          {t('ideas.backToProcess')}
        </a>
      </p>
      {notice && <Alert kind="success" title={notice} />}
      {idea.hidden ? (
        <>
          <h1 class="kern-heading-large">{t('ideas.idea')}</h1>
          <p class="lotse-comment__hidden">{t('comments.hiddenPlaceholder', { reason: idea.hiddenReason ?? '' })}</p>
        </>
      ) : (
        <>
          <h1 class="kern-heading-large" lang={idea.textLanguage}>
            {idea.title}
          </h1>
          <p class="kern-body">
            <Badge kind={statusKind(idea.status)}>{t(`ideas.status.${idea.status}`)}</Badge>{' '}
            {idea.source ? <SourceLabel ctx={ctx} source={idea.source} /> : t('ideas.by', { author })} ·{' '}
            <time datetime={idea.createdAt.toISOString()}>{formatDateTime(idea.createdAt, locale)}</time>
          </p>
          <p class="kern-body lotse-preline" lang={idea.textLanguage}>
            {idea.body}
          </p>
          <dl class="kern-description-list">
            {idea.topicName !== null && (
              <Fact label={t('ideas.field.topic')}>
                <TopicName ctx={ctx} name={idea.topicName} />
              </Fact>
            )}
            {idea.location && <Fact label={t('ideas.field.location')}>{idea.location}</Fact>}
            <Fact label={t('ideas.supportsLabel')}>{t('ideas.supports', { count: idea.supportCount })}</Fact>
          </dl>
          {(idea.answer || idea.status === 'accepted' || idea.status === 'rejected') && (
            <section class="lotse-panel" aria-labelledby="answer">
              <h2 class="kern-heading-medium" id="answer">
                {t('ideas.answer')}
              </h2>
              {idea.status === 'rejected' && idea.statusReason && (
                <p class="kern-body lotse-preline">
                  {t('ideas.rejectedBecause')} <span lang={idea.answerLanguage}>{idea.statusReason}</span>
                </p>
              )}
              {idea.status === 'accepted' && idea.linkedSlug && (
                <p class="kern-body">
                  {t('ideas.acceptedAs')}{' '}
                  <a class="kern-link" href={localePath(locale, `/vorhaben/${idea.linkedSlug}`)}>
                    <TopicName ctx={ctx} name={idea.linkedTitle} />
                  </a>
                </p>
              )}
              {idea.answer && (
                <p class="kern-body lotse-preline" lang={idea.answerLanguage}>
                  {idea.answer}
                </p>
              )}
            </section>
          )}
          {windows.supportOpen &&
            (resident === null ? (
              <p class="kern-body">
                <a class="kern-link" href={`${localePath(locale, '/buergerkonto/anmelden')}?weiter=${encodeURIComponent(here)}`}>
                  {t('ideas.signInToSupport')}
                </a>
              </p>
            ) : (
              !resident.blocked && (
                <form method="post" action={`${here}/unterstuetzen`}>
                  <CsrfField token={csrf} />
                  <input type="hidden" name="support" value={supported ? 'nein' : 'ja'} />
                  {supported && <p class="kern-body">{t('ideas.youSupport')}</p>}
                  <SubmitButton label={t(supported ? 'ideas.unsupport' : 'ideas.support')} kind={supported ? 'secondary' : 'primary'} />
                </form>
              )
            ))}
        </>
      )}
      {props.thread}
    </Layout>
  );
}
