// The one table of Lotse's pages: KERN markup, a caption that names it (screen readers announce it),
// column heads with scope, numbers right-aligned, and a scroll container so wide tables never widen the page.
import type { ComponentChildren } from 'preact';

export function Th({ children, numeric }: { children?: ComponentChildren; numeric?: boolean }) {
  return (
    <th class={`kern-table__cell${numeric ? ' kern-table__cell--numeric' : ''}`} scope="col">
      {children}
    </th>
  );
}

/** A row head: the cell that names its row (scope="row"). */
export function RowTh({ children, class: cls }: { children?: ComponentChildren; class?: string }) {
  return (
    <th class={`kern-table__cell${cls ? ` ${cls}` : ''}`} scope="row">
      {children}
    </th>
  );
}

export function Td({
  children,
  numeric,
  class: cls,
  lang,
}: {
  children?: ComponentChildren;
  numeric?: boolean;
  class?: string;
  /** The cell's text is in another language than the page (a German title on a Danish page). */
  lang?: string | undefined;
}) {
  return (
    <td class={`kern-table__cell${numeric ? ' kern-table__cell--numeric' : ''}${cls ? ` ${cls}` : ''}`} lang={lang}>
      {children}
    </td>
  );
}

/** A row; `id` makes it a link target (a form that sends the user back to the row it changed). */
export function Tr({ children, class: cls, id }: { children: ComponentChildren; class?: string; id?: string }) {
  return (
    <tr class={`kern-table__row${cls ? ` ${cls}` : ''}`} id={id}>
      {children}
    </tr>
  );
}

/**
 * A KERN table with its column heads; the rows (`Tr`) are the children. It is named by its caption, or,
 * where a heading right above already names it, by that heading (`labelledBy`, the heading's id).
 */
export function DataTable({
  caption,
  labelledBy,
  head,
  striped,
  small,
  foot,
  class: wrapperClass,
  children,
}: ({ caption: ComponentChildren; labelledBy?: undefined } | { caption?: undefined; labelledBy: string }) & {
  head: ComponentChildren;
  striped?: boolean;
  small?: boolean;
  foot?: ComponentChildren;
  /** A class on the scroll container, for a page's own table styles. */
  class?: string;
  children: ComponentChildren;
}) {
  const cls = `kern-table${striped ? ' kern-table--striped' : ''}${small ? ' kern-table--small' : ''}`;
  return (
    <div class={`kern-table-responsive${wrapperClass ? ` ${wrapperClass}` : ''}`}>
      <table class={cls} aria-labelledby={labelledBy}>
        {caption !== undefined && <caption class="kern-title">{caption}</caption>}
        <thead class="kern-table__header">
          <tr class="kern-table__row">{head}</tr>
        </thead>
        <tbody class="kern-table__body">{children}</tbody>
        {foot && <tfoot class="kern-table__footer">{foot}</tfoot>}
      </table>
    </div>
  );
}
