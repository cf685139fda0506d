// The one way raw HTML reaches a page: Markdown from editors and imports is rendered without HTML
// passthrough and then sanitised again, so that neither Markdown tricks nor stray tags can inject code.
import { memoized } from './memoized.js';
import type MarkdownIt from 'markdown-it';
import type sanitizeHtml from 'sanitize-html';
import { onFirstUse } from './on-first-use.js';

// Both load with the first text rendered, not at start: with sanitize-html's HTML and CSS parsers they
// are about 150 modules.
const loadSanitizer = onFirstUse<typeof sanitizeHtml>('sanitize-html');
const loadMarkdownIt = onFirstUse<typeof MarkdownIt>('markdown-it');
let markdownIt: MarkdownIt | undefined;
const md = () => (markdownIt ??= new (loadMarkdownIt())({ html: false, linkify: true, breaks: true }));

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'blockquote', 'code', 'pre', 'h3', 'h4', 'h5', 'h6', 'hr'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Headings inside a field must not compete with the page's own h1/h2 outline.
  transformTags: { h1: 'h3', h2: 'h3' },
};

export function markdownToSafeHtml(source: string): string {
  return loadSanitizer()(md().render(source), allowed);
}

/** Plain text for teasers: Markdown syntax removed, shortened at a word boundary. */
const TEASER_LENGTH = 220;
// A register page writes twenty teasers, the same descriptions again and again: rendering Markdown and
// sanitising it was a tenth of the page's time.
const defaultTeaser = memoized((source: string) => teaser(source, TEASER_LENGTH), 5_000);

export function plainTeaser(source: string, maxLength = TEASER_LENGTH): string {
  return maxLength === TEASER_LENGTH ? defaultTeaser(source) : teaser(source, maxLength);
}

function teaser(source: string, maxLength: number): string {
  const text = loadSanitizer()(md().render(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength - 30))} …`;
}
