// The one way raw HTML reaches a page: Markdown from editors and imports is rendered without HTML
// passthrough and then sanitised again, so that neither Markdown tricks nor stray tags can inject code.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'blockquote', 'code', 'pre', 'h3', 'h4', 'h5', 'h6', 'hr'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Headings inside a field must not compete with the page's own h1/h2 outline.
  transformTags: { h1: 'h3', h2: 'h3' },
};

export function markdownToSafeHtml(source: string): string {
  return sanitizeHtml(md.render(source), allowed);
}

/** Plain text for teasers: Markdown syntax removed, shortened at a word boundary. */
export function plainTeaser(source: string, maxLength = 220): string {
  const text = sanitizeHtml(md.render(source), { allowedTags: [], allowedAttributes: {} })
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
