// Renders a page tree to a complete HTML document. preact-render-to-string escapes every text and
// attribute, so templates are safe by default.
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
