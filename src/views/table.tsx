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

export function Td({ children, numeric, class: cls }: { children?: ComponentChildren; numeric?: boolean; class?: string }) {
  return <td class={`kern-table__cell${numeric ? ' kern-table__cell--numeric' : ''}${cls ? ` ${cls}` : ''}`}>{children}</td>;
}

export function Tr({ children, class: cls }: { children: ComponentChildren; class?: string }) {
  return <tr class={`kern-table__row${cls ? ` ${cls}` : ''}`}>{children}</tr>;
}

/** A KERN table with its caption and column heads; the rows (`Tr`) are the children. */
export function DataTable({
  caption,
  head,
  striped,
  small,
  foot,
  children,
}: {
  caption: ComponentChildren;
  head: ComponentChildren;
  striped?: boolean;
  small?: boolean;
  foot?: ComponentChildren;
  children: ComponentChildren;
}) {
  const cls = `kern-table${striped ? ' kern-table--striped' : ''}${small ? ' kern-table--small' : ''}`;
  return (
    <div class="kern-table-responsive">
      <table class={cls}>
        <caption class="kern-title">{caption}</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">{head}</tr>
        </thead>
        <tbody class="kern-table__body">{children}</tbody>
        {foot && <tfoot class="kern-table__footer">{foot}</tfoot>}
      </table>
    </div>
  );
}
