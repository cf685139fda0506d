// A comment thread as nested lists (three levels), with reply, edit and report forms folded into
// <details> so that every action works without JavaScript; and the page a form comes back on with errors.
import type { ComponentChildren } from 'preact';
import type { Resident } from '../../platform/resident-session.js';
import { formatDateTime } from '../../lib/format.js';
import { Alert } from '../../views/components.js';
import { CsrfField, Honeypot, SubmitButton, TextAreaField } from '../../views/form-fields.js';
import { StepPage } from '../../views/layout.js';
import { SourceLabel } from '../../views/contribution-source.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { TextLanguageField } from '../../views/text-language-field.js';
import { type CommentNode, COMMENT_EDIT_MINUTES, MAX_DEPTH } from './comments.service.js';

interface ThreadProps {
  ctx: PageContext;
  csrf: string;
  nodes: CommentNode[];
  /** `project:<slug>` or `idea:<id>`. */
  target: string;
  resident: Resident | null;
  open: boolean;
  /** Path of the thread's page, for the sign-in link. */
  path: string;
  /** What another module shows below a comment (a consultation's answer and weighing). */
  annotate?: ((commentId: number) => ComponentChildren) | undefined;
  /** The heading of the thread, when it is not the default "Comments (n)", and its id when a page has several threads. */
  heading?: string | undefined;
  headingId?: string | undefined;
}

const count = (nodes: CommentNode[]): number => nodes.reduce((n, c) => n + 1 + count(c.children), 0);

function CommentForm({
  ctx,
  csrf,
  id,
  target,
  parentId,
  label,
}: {
  ctx: PageContext;
  csrf: string;
  id: string;
  target: string;
  parentId?: number;
  label: string;
}) {
  return (
    <form method="post" action={localePath(ctx.locale, '/kommentare')} class="lotse-form-section" novalidate>
      <CsrfField token={csrf} />
      <Honeypot id={`website-${id}`} />
      <input type="hidden" name="target" value={target} />
      {parentId !== undefined && <input type="hidden" name="parent" value={String(parentId)} />}
      {parentId === undefined && target.startsWith('section:') && (
        <>
          <TextAreaField
            id={`${id}-stelle`}
            name="quote"
            label={ctx.t('comments.quote')}
            hint={ctx.t('comments.quoteHint')}
            value=""
            rows={2}
          />
          {/* Shown by /assets/quote-selection.js: takes over the passage marked in the section's text. */}
          <p class="lotse-quote-tools" data-quote-tools={`${id}-stelle`} data-nothing-marked={ctx.t('comments.quoteNothingMarked')} hidden>
            <button type="button" class="kern-btn kern-btn--secondary">
              <span class="kern-label">{ctx.t('comments.quoteSelection')}</span>
            </button>{' '}
            <span role="status" class="kern-body kern-body--small"></span>
          </p>
        </>
      )}
      <TextAreaField id={id} name="body" label={label} hint={ctx.t('comments.hint')} value="" rows={4} required />
      <TextLanguageField ctx={ctx} id={`sprache-${id}`} value={undefined} />
      <SubmitButton label={ctx.t('comments.submit')} kind={parentId === undefined ? 'primary' : 'secondary'} />
    </form>
  );
}

function Comment({ node, props }: { node: CommentNode; props: ThreadProps }) {
  const { ctx, csrf, resident, open, target } = props;
  const { t, locale } = ctx;
  const author = node.source ? null : node.authorDeleted ? t('comments.deletedAuthor') : (node.author ?? t('comments.anonymous'));
  const canWrite = resident !== null && !resident.blocked && open;
  return (
    <li id={`kommentar-${node.id}`}>
      <article class="lotse-comment" aria-labelledby={`kommentar-${node.id}-meta`}>
        <p class="lotse-comment__meta" id={`kommentar-${node.id}-meta`}>
          <strong>{node.source ? <SourceLabel ctx={ctx} source={node.source} /> : author}</strong> ·{' '}
          <time datetime={node.createdAt.toISOString()}>{formatDateTime(node.createdAt, locale)}</time>
          {node.editedAt && <> · {t('comments.edited')}</>}
        </p>
        {node.body === null ? (
          <p class="lotse-comment__hidden">{t('comments.hiddenPlaceholder', { reason: node.hiddenReason ?? '' })}</p>
        ) : (
          <>
            {node.quote && (
              <blockquote class="lotse-comment__quote">
                <p class="kern-body kern-body--small">{t('comments.quoted')}</p>
                <p lang="de">{node.quote}</p>
              </blockquote>
            )}
            <p class="lotse-comment__body" lang={node.textLanguage}>
              {node.body}
            </p>
          </>
        )}
        {props.annotate?.(node.id)}
        {canWrite && node.depth < MAX_DEPTH && (
          <details>
            <summary>{t('comments.reply')}</summary>
            <CommentForm
              ctx={ctx}
              csrf={csrf}
              id={`antwort-${node.id}`}
              target={target}
              parentId={node.id}
              label={t('comments.replyLabel', { author: author ?? t('comments.anonymous') })}
            />
          </details>
        )}
        {node.editable && node.body !== null && (
          <details>
            <summary>{t('comments.edit')}</summary>
            <form method="post" action={localePath(locale, `/kommentare/${node.id}/bearbeiten`)} class="lotse-form-section" novalidate>
              <CsrfField token={csrf} />
              <TextAreaField
                id={`bearbeiten-${node.id}`}
                name="body"
                label={t('comments.editLabel')}
                hint={t('comments.editHint', { count: COMMENT_EDIT_MINUTES })}
                value={node.body}
                rows={4}
                required
              />
              <TextLanguageField ctx={ctx} id={`sprache-bearbeiten-${node.id}`} value={node.textLanguage} />
              <SubmitButton label={t('comments.save')} kind="secondary" />
            </form>
          </details>
        )}
        {resident !== null && !node.own && node.body !== null && (
          <details>
            <summary>{t('comments.report')}</summary>
            <form method="post" action={localePath(locale, `/kommentare/${node.id}/melden`)} class="lotse-form-section" novalidate>
              <CsrfField token={csrf} />
              <TextAreaField
                id={`melden-${node.id}`}
                name="reason"
                label={t('comments.reportReason')}
                hint={t('comments.reportHint')}
                value=""
                rows={3}
                required
              />
              <SubmitButton label={t('comments.reportSubmit')} kind="secondary" />
            </form>
          </details>
        )}
      </article>
      {node.children.length > 0 && (
        <ol class="lotse-comments">
          {node.children.map((c) => (
            <Comment node={c} props={props} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function CommentThread(props: ThreadProps) {
  const { ctx, csrf, nodes, resident, open, target, path } = props;
  const { t, locale } = ctx;
  return (
    <section class="lotse-section" aria-labelledby={props.headingId ?? 'diskussion'}>
      <h2 class="kern-heading-medium" id={props.headingId ?? 'diskussion'}>
        {props.heading ?? t('comments.title', { count: count(nodes) })}
      </h2>
      {nodes.length === 0 ? (
        <p class="kern-body">{t('comments.none')}</p>
      ) : (
        <ol class="lotse-comments">
          {nodes.map((n) => (
            <Comment node={n} props={props} />
          ))}
        </ol>
      )}
      {!open ? (
        <p class="kern-body">{t('comments.closed')}</p>
      ) : resident === null ? (
        <p class="kern-body">
          <a
            class="kern-link"
            href={`${localePath(locale, '/buergerkonto/anmelden')}?weiter=${encodeURIComponent(localePath(locale, path))}`}
          >
            {t('comments.signInToComment')}
          </a>
        </p>
      ) : resident.blocked ? (
        <Alert kind="warning" title={t('residents.blocked')} />
      ) : (
        <CommentForm ctx={ctx} csrf={csrf} id="kommentar-neu" target={target} label={t('comments.new')} />
      )}
    </section>
  );
}

/** A comment, edit or report form that came back with an error, on its own page. */
export function CommentErrorPage({
  ctx,
  csrf,
  action,
  hidden,
  field,
  label,
  value,
  error,
  quote,
  back,
}: {
  ctx: PageContext;
  csrf: string;
  action: string;
  hidden: Record<string, string>;
  field: 'body' | 'reason';
  label: string;
  value: string;
  error: string | undefined;
  /** A consultation section's comment: its quoted passage, with its own error. */
  quote?: { value: string; error?: string } | undefined;
  back: string;
}) {
  return (
    <StepPage ctx={ctx} title={label}>
      <form method="post" action={action} class="lotse-form-section" novalidate>
        <CsrfField token={csrf} />
        {Object.entries(hidden).map(([k, v]) => (
          <input type="hidden" name={k} value={v} />
        ))}
        {quote && (
          <TextAreaField
            id="quote"
            label={ctx.t('comments.quote')}
            hint={ctx.t('comments.quoteHint')}
            value={quote.value}
            rows={2}
            error={quote.error}
          />
        )}
        <TextAreaField id={field} label={label} value={value} rows={5} required error={error} />
        <SubmitButton label={ctx.t('comments.submit')} />
      </form>
      <p class="kern-body">
        <a class="kern-link" href={back}>
          {ctx.t('participation.back')}
        </a>
      </p>
    </StepPage>
  );
}

/** The discussion page of a Vorhaben (kept apart from the Vorhaben's page, which is the same for everyone and cached). */
export function DiscussionPage(props: ThreadProps & { title: string; slug: string; notice?: string | undefined }) {
  const { ctx, title, slug, notice } = props;
  return (
    <StepPage ctx={ctx} title={ctx.t('comments.discussionOf', { title })} current="register">
      <p class="kern-body">
        <a class="kern-link" href={localePath(ctx.locale, `/vorhaben/${slug}`)}>
          {ctx.t('participation.backToProject')}
        </a>
      </p>
      {notice && <Alert kind="success" title={notice} />}
      <p class="kern-body">{ctx.t('comments.rules')}</p>
      <CommentThread {...props} />
    </StepPage>
  );
}

/** The confirmation to show after a report or an edit, named by the `hinweis` query parameter. */
export const commentNotice = (ctx: PageContext, query: unknown) => {
  const hinweis = (query as { hinweis?: string }).hinweis;
  return hinweis === 'gemeldet' ? ctx.t('comments.reported') : hinweis === 'gespeichert' ? ctx.t('comments.saved') : undefined;
};
