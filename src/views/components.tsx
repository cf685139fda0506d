// Small shared building blocks of pages, in KERN markup.
import type { ComponentChildren } from 'preact';
import { localePath, type PageContext } from './page-context.js';
import { type LocalizedText, pick } from '../lib/localized.js';
import { markdownToSafeHtml } from '../lib/markdown.js';
import { MATCH_END, MATCH_START, PASSAGE_GAP } from '../lib/search-highlight.js';
import { keptByKey } from './kept-html.js';

const kept = keptByKey(1);
const MARKED = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}|${PASSAGE_GAP}`, 'g');

/**
 * Text with search matches (from ts_headline markers) wrapped in <mark>, and the gap between two passages
 * shown as "…"; everything stays escaped.
 */
export function Highlighted({ text }: { text: string }) {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKED)) {
    parts.push(text.slice(last, m.index));
    parts.push(m[0] === PASSAGE_GAP ? kept('gap', () => <>…</>) : <mark>{m[1]}</mark>);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

/** Markdown rendered and sanitised; the only component that sets raw HTML. */
export function Markdown({ source, lang }: { source: string; lang?: string | undefined }) {
  return <div class="lotse-prose" lang={lang} dangerouslySetInnerHTML={{ __html: markdownToSafeHtml(source) }} />;
}

export function Alert({
  kind,
  title,
  children,
}: {
  kind: 'info' | 'success' | 'warning' | 'danger';
  title?: string;
  children?: ComponentChildren;
}) {
  return (
    <div class={`kern-alert kern-alert--${kind}`} role={kind === 'danger' ? 'alert' : 'status'}>
      {title && (
        <div class="kern-alert__header">
          <span class={`kern-icon kern-icon--${kind}`} aria-hidden="true" />
          <span class="kern-title">{title}</span>
        </div>
      )}
      {children && <div class="kern-alert__body">{children}</div>}
    </div>
  );
}

export function Badge({ kind = 'info', children }: { kind?: 'info' | 'success' | 'warning' | 'danger'; children: ComponentChildren }) {
  return (
    <span class={`kern-badge kern-badge--${kind}`}>
      <span class="kern-label">{children}</span>
    </span>
  );
}

/** One key–value pair of a KERN description list (a fact sheet). */
export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{label}</dt>
      <dd class="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

/** Previous / next links of a paged list; `href` builds the address of a page. */
export function Pagination({ ctx, page, pages, href }: { ctx: PageContext; page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const { t } = ctx;
  return (
    <nav aria-label={t('register.pagination.label')} class="lotse-pagination">
      {page > 1 && (
        <a class="kern-btn kern-btn--secondary" href={href(page - 1)} rel="prev">
          <span class="kern-icon kern-icon--chevron-left" aria-hidden="true" />
          <span class="kern-label">{t('register.pagination.previous')}</span>
        </a>
      )}
      <span class="kern-body">{t('register.pagination.page', { page, pages })}</span>
      {page < pages && (
        <a class="kern-btn kern-btn--secondary" href={href(page + 1)} rel="next">
          <span class="kern-label">{t('register.pagination.next')}</span>
          <span class="kern-icon kern-icon--chevron-right" aria-hidden="true" />
        </a>
      )}
    </nav>
  );
}

/**
 * Structured data (schema.org JSON-LD) for search engines. Not HTML and never executed; '<', '>' and '&'
 * are written as JSON unicode escapes, so no text inside can close the script element.
 */
export function JsonLd({ data }: { data: unknown }) {
  const json = JSON.stringify(data).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}

/** A localised text with a `lang` attribute when it falls back to German. */
export function Text({ ctx, value }: { ctx: PageContext; value: LocalizedText | null }) {
  const picked = pick(value, ctx.locale);
  if (!picked) return null;
  return picked.lang === ctx.locale ? <>{picked.text}</> : <span lang={picked.lang}>{picked.text}</span>;
}

/**
 * The link a form that collects personal data shows to its section of the privacy notice (Art. 13 GDPR:
 * informed where the data is collected). `section` is the anchor a module's processing declaration names.
 */
export function PrivacyNoticeLink({ ctx, section }: { ctx: PageContext; section: string }) {
  return (
    <p class="kern-body kern-body--small lotse-privacy-link">
      <a class="kern-link" href={`${localePath(ctx.locale, '/datenschutz')}#${section}`}>
        {ctx.t('legal.privacy.link')}
      </a>
    </p>
  );
}
