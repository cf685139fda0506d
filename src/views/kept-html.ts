// Parts of a page that are the same on many pages (the frame's header and footer for a language, a
// Vorhaben's badges) are rendered once and the HTML kept, instead of being built and escaped again on
// every request. Only the escaping renderer makes kept HTML (the type cannot be had otherwise), so this
// is no way around escaping: it is the renderer's own output, sent again.
//
// Kept HTML writes characters beyond Latin-1 (the dash and quotation marks of the interface texts) as
// character references. A page is one JavaScript string; a single such character anywhere makes V8 hold
// all of it in two bytes per character, and measuring and encoding it as UTF-8 on the way out then took
// three times as long (a tenth of a register page's time). Vorhaben texts seldom have such characters.
import type { VNode } from 'preact';
import { jsxTemplate } from 'preact/jsx-runtime';
import { renderToString } from 'preact-render-to-string';

declare const renderedBrand: unique symbol;
/** HTML made by `renderToString` from a page tree, never from text put together by hand. */
export type RenderedHtml = string & { readonly [renderedBrand]: true };

/** Beyond Latin-1; kept HTML holds no element whose text is raw, where a reference would not be read. */
const WIDE = /[\u0100-\u{10ffff}]/gu;
const RAW_TEXT = /<(script|style|xmp|iframe|noembed|noframes|noscript|plaintext)[\s/>]/i;
const reference = (c: string) => `&#${c.codePointAt(0)};`;

function render(node: VNode): RenderedHtml {
  const html = renderToString(node);
  if (RAW_TEXT.test(html)) throw new Error('kept HTML must not hold a script, style or other raw-text element');
  // `replace` keeps the two-byte form even when nothing wide is left; a Latin-1 round trip drops it.
  return Buffer.from(html.replace(WIDE, reference), 'latin1').toString('latin1') as RenderedHtml;
}

/** A small part rendered for this page only, kept in one byte per character (the page's `<title>`). */
export function rendered(node: VNode): VNode {
  return Kept({ html: render(node) });
}

/**
 * A kept rendering in a page tree, written out as it is. `jsxTemplate` is how Preact's precompiling JSX
 * transform hands the renderer HTML it made beforehand; a Fragment with an inner HTML would be dropped.
 */
function Kept({ html }: { html: RenderedHtml }): VNode {
  return jsxTemplate([html]) as VNode;
}

/**
 * Renders `make()` once per key and keeps it. For parts that depend only on the key (a language, a
 * navigation entry), never on the request or on data that changes: those need `keptFor`.
 */
export function keptByKey(max = 1000): (key: string, make: () => VNode) => VNode {
  const kept = new Map<string, RenderedHtml>();
  return (key, make) => {
    let html = kept.get(key);
    if (html === undefined) {
      html = render(make());
      if (kept.size >= max) kept.clear();
      kept.set(key, html);
    }
    return Kept({ html });
  };
}

/**
 * Renders `make()` once per object and key (a Vorhaben and a language) and keeps it as long as the object
 * lives: a changed Vorhaben is a new object (the register's cache reads it again), so nothing outdated is
 * sent.
 */
export function keptFor<T extends object>(): (of: T, key: string, make: () => VNode) => VNode {
  const kept = new WeakMap<T, Map<string, RenderedHtml>>();
  return (of, key, make) => {
    let forObject = kept.get(of);
    if (!forObject) kept.set(of, (forObject = new Map<string, RenderedHtml>()));
    let html = forObject.get(key);
    if (html === undefined) forObject.set(key, (html = render(make())));
    return Kept({ html });
  };
}
